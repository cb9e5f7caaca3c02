# tuples compare lexicographically and hash by content.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'x'}[(1, 2)])
print(sorted([(2, 'a'), (1, 'b'), (1, 'a')]))
