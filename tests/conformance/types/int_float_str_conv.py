# Conversions among int, float and str.
print(int('7') + 1, float('2.5') * 2, str(3) + str(4.0), int(True), float(False))
print(str(10 ** 20), int(str(10 ** 20)) == 10 ** 20, repr(float(1)), int(-0.9))
print(int('  12  '), float('  -0.0 '), str(-0.0))
