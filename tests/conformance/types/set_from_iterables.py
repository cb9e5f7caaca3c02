# Building sets from strings, ranges and generators.
print(sorted(set(range(5)) - set(range(0, 5, 2))), sorted(set(x % 4 for x in range(20))))
print(len({1, 1.0, True}), sorted({'b', 'a'} | set('c')))
