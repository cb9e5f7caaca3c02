# dict views reflect changes and support iteration and len.
d = {'x': 1}
k = d.keys()
v = d.values()
i = d.items()
d['y'] = 2
print(len(list(k)), sorted(k), sorted(v), sorted(i))
print('x' in k, ('x', 1) in i if hasattr(i, '__contains__') else True)
