# Values exactly representable in single precision: the pyboard's floats are 32-bit.
print(1.5 + 2.25, 7 / 2, 2 ** -1, round(7.5), round(-2.5))
print(float("1e3"), int(3.75), int(-3.75), abs(-0.5))
print("%.3f %.1e" % (3.14159, 12345.678))
print(0.5 < 0.75, float("inf") > 1e30, 5 // 2.0, 5 % 2.0)
