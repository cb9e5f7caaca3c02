# Operators between int, float and complex.
print(1 + 2.0, 2 * 3j, 1.5 + 2j, 5 // 2.5, 5 % 2.5)
print(type(1 + 2.0).__name__, type(2 * 3j).__name__, type(True + 1).__name__)
print(abs(-3), abs(-3.5), abs(3 + 4j))
