# float() of ints, strings and special values.
print(float(), float(3), float('3'), float('-1.25e2'), float(' 7 '), float(True))
print(float('inf') > 10 ** 300, float(2 ** 100))
