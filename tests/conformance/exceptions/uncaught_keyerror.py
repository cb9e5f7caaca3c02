# An uncaught KeyError prints its key's repr.
d = {'a': 1}
print(d['a'])
print(d['b'])
