# Unpacking records from a buffer in a loop.
import struct
buf = struct.pack('<HbHbHb', 1, -1, 2, -2, 3, -3)
size = struct.calcsize('<Hb')
for off in range(0, len(buf), size):
    print(struct.unpack_from('<Hb', buf, off))
