# bytearray from ints and their value checks.
ba = bytearray([0, 127, 255])
print(list(ba), ba)
try:
    bytearray([256])
except ValueError as e:
    print('ValueError', e)
