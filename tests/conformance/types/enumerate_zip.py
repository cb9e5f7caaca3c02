# enumerate with a start value and zip of unequal lengths.
print(list(enumerate('abc')), list(enumerate('ab', 10)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip(range(3))))
names = ['x', 'y']
vals = [1, 2]
print(dict(zip(names, vals)) == {'x': 1, 'y': 2})
for i, (a, b) in enumerate(zip('pq', 'rs')):
    print(i, a, b)
