# set algebra: union, intersection, difference, symmetric difference, subsets.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)),
      sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(a), a.isdisjoint({7}))
c = set(a)
c |= {10}
c &= {1, 10}
print(sorted(c))
