# Assigning to the loop variable does not affect iteration.
for i in range(3):
    print(i)
    i = 100
print(i)
l = [1, 2, 3]
for x in l:
    x *= 2
print(l)
