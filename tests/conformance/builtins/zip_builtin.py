# zip() of several iterables, including generators.
print(list(zip('abc', range(3), [True, False, None])))
print(list(zip((x * x for x in range(10)), 'xy')))
