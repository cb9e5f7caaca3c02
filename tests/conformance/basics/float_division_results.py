# True division always gives a float, floor division keeps int type for ints.
print(4 / 2, 7 / 2, -7 / 2, 7 // 2, -7 // 2, type(4 / 2).__name__, type(4 // 2).__name__)
print(2 ** 60 / 2 ** 30, 10 ** 20 / 10 ** 10, 1 / 2 ** 70 > 0)
