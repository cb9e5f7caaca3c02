# bytes literals, indexing, slicing and repr.
b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], b[-2:])
print(bytes(3), bytes([65, 66, 67]), bytes('abc', 'utf-8'), bytes(range(4)))
print(b'\n\t\\', b"'", repr(b'"'), b'a' * 3, b'a' + b'b')
print(b'ell' in b, 101 in b, b.find(b'l'), b.count(b'l'))
