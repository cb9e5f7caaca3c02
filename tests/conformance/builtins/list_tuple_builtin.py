# list() and tuple() of various iterables.
print(list(), tuple(), list('ab'), tuple([1]), list(range(3)), tuple({'x': 1}), list(b'ab'))
g = (i for i in range(2))
print(list(g), list(g))
