# bytes() constructors.
print(bytes(), bytes(2), bytes([1, 2]), bytes(b'ab'), bytes('é', 'utf-8'), bytes(bytearray(b'x')))
