# struct.pack_into and unpack_from with offsets.
import struct
buf = bytearray(8)
struct.pack_into('<HH', buf, 2, 0x1234, 0xabcd)
print(buf, struct.unpack_from('<H', buf, 4), struct.unpack_from('<BB', buf, 2))
