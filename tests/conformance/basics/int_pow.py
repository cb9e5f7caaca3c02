# Integer power, including three-argument pow and negative exponents.
print(3 ** 4, pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000007))
print(pow(-3, 3), pow(-3, 3, 7))
print(2 ** -1, 10 ** -2)
print(pow(7, 0, 13), pow(0, 0))
