# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 == 1 == 1, 1 == 1 != 2, 1 is not None is not False)
