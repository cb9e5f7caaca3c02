# abs() of ints, big ints, floats and complex.
print(abs(-5), abs(5), abs(0), abs(-2 ** 70), abs(-1.5), abs(-0.0), abs(3 - 4j), abs(True))
