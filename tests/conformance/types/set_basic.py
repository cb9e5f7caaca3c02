# set creation, membership and mutation (printed sorted: set order is implementation-defined).
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(sorted(s), len(s), 3 in s, 2 in s)
print(sorted(set('hello')), set(), len(set([1, 1, 1])))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
