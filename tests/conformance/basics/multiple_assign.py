# Chained, tuple and starred assignment.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abc'
print(init, last)
p, (q, r) = 1, (2, 3)
print(p, q, r)
[m, n] = (7, 8)
print(m, n)
h, *mid, t = range(5)
print(h, mid, t)
