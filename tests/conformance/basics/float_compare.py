# Comparisons between floats and ints.
print(1 == 1.0, 1 < 1.5, 2 > 1.9999, -1 <= -1.0)
print(0.5 in [0.5], 1.0 in (1, 2), 3 == 3.0000001)
print(sorted([3, 1.5, -2, 2.25, 0]))
print(max(1, 1.0), min(2.0, 2))
