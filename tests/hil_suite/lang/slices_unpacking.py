xs = list(range(10))
print(xs[2:8:2], xs[::-3], xs[-3:])
xs[1:3] = ["a", "b", "c"]
del xs[::4]
print(xs)
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
