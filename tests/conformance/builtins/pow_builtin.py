# pow() with two and three arguments.
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(3, 200, 7), pow(-2, 3, 5), pow(2, 0.5))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print('TypeError')
