# struct with floats, doubles, strings and padding.
import struct
print(struct.pack('<f', 1.5), struct.unpack('<f', struct.pack('<f', 0.25)))
print(struct.unpack('<d', struct.pack('<d', -2.5)), struct.pack('5s', b'ab'), struct.pack('<BxH', 1, 2))
print(struct.unpack('<3sB', b'xyz\x09'), struct.pack('<q', -1), struct.unpack('<Q', b'\xff' * 8))
