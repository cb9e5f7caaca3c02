# enumerate over a list while building a new one.
items = ['a', 'b', 'c']
out = [f'{i}:{v}' for i, v in enumerate(items, 1)]
print(out)
