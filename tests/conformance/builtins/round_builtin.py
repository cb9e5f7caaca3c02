# round() with and without ndigits; banker's rounding.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(3.14159, 0), round(1234, -2), round(1250, -2), round(-7, -1))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
