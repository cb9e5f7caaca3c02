# bytearray: construction, mutation, slicing.
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
print(ba, len(ba), ba[1], ba[-2:])
ba[1:3] = b'XY'
print(ba)
ba = ba[1:]
print(ba, bytearray(3), bytearray([1, 2]), bytes(ba))
print(ba + b'!', ba == b'XYdef', b'Y' in ba)
