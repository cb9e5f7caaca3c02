# Building dicts from pairs, zipped keys and comprehensions.
pairs = [('a', 1), ('b', 2), ('a', 3)]
d = dict(pairs)
print(sorted(d.items()))
inv = {v: k for k, v in d.items()}
print(sorted(inv.items()))
