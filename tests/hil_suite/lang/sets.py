a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
a.add(9)
a.discard(1)
print(sorted(a), 9 in a, {1, 2} <= {1, 2, 3}, frozenset([1]) == {1})
