# range with big bounds and negative steps.
r = range(0, 2 ** 29, 2 ** 27)
print(len(r), r[-1], list(range(-1, -10, -4)), list(range(10, -10, -7)))
print(range(-5, 5)[3], len(range(10, 0)), len(range(0, 10, -1)))
