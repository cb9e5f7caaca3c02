# for over lists, tuples, strings, dicts, bytes and generators.
for x in [1, 2]:
    print(x)
for x in (3,):
    print(x)
for c in 'hi':
    print(c)
for k in {'only': 1}:
    print(k)
for b in b'AB':
    print(b)
for v in (i * 10 for i in range(2)):
    print(v)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
