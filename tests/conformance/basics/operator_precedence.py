# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, not 1 == 2, 8 // 3 * 3, 10 - 5 - 2)
print(1 if 0 else 2 if 0 else 3, 5 % 3 ** 2, -3 // 2 * 2)
print(True or False and False, (True or False) and False)
