# dict keys of various hashable types; unhashable keys fail.
d = {}
d[1] = 'int'
d['1'] = 'str'
d[(1,)] = 'tuple'
d[None] = 'none'
d[2.5] = 'float'
print(d[1], d['1'], d[(1,)], d[None], d[2.5], len(d))
try:
    d[[1]] = 'list'
except TypeError as e:
    print('TypeError', e)
