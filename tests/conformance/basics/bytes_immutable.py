# bytes cannot be modified; errors name the type.
b = b'abc'
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
