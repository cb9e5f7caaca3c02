# Set equality and ordering are by subset relations.
a, b = {1, 2}, {2, 1}
print(a == b, a <= b, a < b, {1} < a, a > {1}, frozenset(a) == a, a != {3})
