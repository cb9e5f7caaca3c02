# Slice assignment and deletion on lists.
l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-1]
print(l)
l[-2:] = []
print(l)
del l[1:3]
print(l)
l[1:2] = [7, 8, 9]
print(l)
