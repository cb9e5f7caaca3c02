# range objects: len, indexing, slicing, membership, repr.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], list(r), 8 in r, 9 in r)
print(range(5), range(0, 5, 2), list(range(5, 0, -2)), len(range(0)))
print(r[1:3], list(r[::2]), range(3) == range(3))
