# frozenset: immutable, hashable, usable as a dict key.
f = frozenset([1, 2, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {4}), sorted(f & {1, 9}), f == frozenset({1, 2, 3}))
d = {f: 'frozen'}
print(d[frozenset([3, 2, 1])])
print(hasattr(f, 'add'))
