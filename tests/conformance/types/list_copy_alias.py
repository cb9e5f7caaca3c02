# Aliasing versus copying lists.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a.append(4)
a[1].append(5)
print(a, b, c, d, a is b, a is c)
e = a.copy()
print(e == a, e is a)
