# bytearray slice assignment that grows and shrinks.
ba = bytearray(range(10))
ba[2:5] = b''
print(list(ba))
ba[0:1] = b'\x63\x64\x65'
print(list(ba))
ba[:] = b'xy'
print(ba)
ba[1:1] = b'---'
print(ba)
