# Iterating bytes gives ints; list/tuple/bytes conversions.
b = b'\x01\x02\xff'
print(list(b), tuple(b), sum(b), bytes(list(b)) == b, [hex(x) for x in b])
