# tuples: creation, indexing, immutability, methods.
t = (1, 'a', 2.5)
print(t, len(t), t[0], t[-1], t[1:], (), (1,), tuple('ab'), tuple([1, 2]))
print(t + (3,), t * 2, 'a' in t, t.index(2.5), (1, 1, 2).count(1))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
x = 1, 2
print(x, type(x).__name__)
