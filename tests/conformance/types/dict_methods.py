# dict methods: pop, popitem, setdefault, copy, clear, fromkeys.
d = {'a': 1, 'b': 2}
print(d.pop('a'), d.pop('zz', 'default'), d)
print(d.setdefault('b', 9), d.setdefault('c', 3), sorted(d.items()))
c = d.copy()
c['new'] = 0
print(len(d), len(c))
k, v = {'only': 1}.popitem()
print(k, v)
print(sorted(dict.fromkeys('ab', 0).items()), sorted(dict.fromkeys([1, 2]).items()))
d.clear()
print(d)
