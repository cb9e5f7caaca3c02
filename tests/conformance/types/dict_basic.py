# dict creation, lookup, membership and update.
d = {'a': 1}
d['b'] = 2
print(d['a'], d.get('b'), d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d, len(d))
print(sorted(d), sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(sorted(dict(x=1, y=2).items()), sorted(dict([('k', 'v')]).items()), dict())
d.update({'c': 3}, d=4)
print(sorted(d.items()))
