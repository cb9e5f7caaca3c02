# all() and any() over various iterables.
print(all([]), any([]), all('abc'), any(''), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
print(all([1, 1, 0]), any([0, 0, 1]), all(range(1, 4)), any(range(1)))
