# struct.pack and struct.unpack with common format codes.
import struct
b = struct.pack('<hHiI', -2, 65535, -100000, 4000000000)
print(b, len(b), struct.unpack('<hHiI', b))
print(struct.pack('>I', 1), struct.pack('<I', 1), struct.pack('B', 255), struct.pack('b', -1))
print(struct.unpack('>HH', b'\x01\x02\x03\x04'), struct.calcsize('<hHiI'), struct.calcsize('BBH'))
