# Comparisons of bools with ints and each other.
print(True == 1, False == 0, True > False, True is True)
print(True + 0.5, hash(True) == hash(1), [True, False, 2].count(1))
print(sum([True, True, False]), max(False, True))
