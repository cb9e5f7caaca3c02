# dict.copy is shallow.
a = {'l': [1]}
b = a.copy()
b['l'].append(2)
b['n'] = 0
print(a, len(b))
