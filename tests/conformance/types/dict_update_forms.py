# dict.update from pairs, another dict and keywords.
d = {}
d.update([('a', 1)])
d.update({'b': 2})
d.update(c=3)
print(sorted(d.items()), len(d))
