# Packing and unpacking many values through a byte string.
import struct
vals = list(range(-5, 6))
b = struct.pack('<%db' % len(vals), *vals)
print(b, list(struct.unpack('<%db' % len(vals), b)) == vals)
