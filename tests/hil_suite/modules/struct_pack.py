import struct

packed = struct.pack("<HIb", 513, 0xDEADBEEF, -2)
print(packed, struct.calcsize("<HIb"))
print(struct.unpack("<HIb", packed))
print(struct.pack(">h", -1), struct.unpack(">f", struct.pack(">f", 1.5)))
print(struct.unpack_from("<H", b"\x00\x01\x02", 1))
