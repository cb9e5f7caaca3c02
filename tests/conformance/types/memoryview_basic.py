# memoryview over bytes and bytearray: indexing, slicing, writing through.
ba = bytearray(b'hello')
mv = memoryview(ba)
print(len(mv), mv[0], bytes(mv[1:3]))
mv[0] = 72
print(ba)
sub = mv[1:4]
sub[0] = 69
print(ba, bytes(sub))
m2 = memoryview(b'xyz')
try:
    m2[0] = 1
except TypeError as e:
    print('TypeError')
