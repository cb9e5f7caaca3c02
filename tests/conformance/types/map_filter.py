# map and filter are lazy iterators.
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x > 1, range(4))))
m = map(str, range(3))
print(next(m), list(m), list(m))
