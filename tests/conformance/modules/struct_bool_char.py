# struct 's' strings: exact size, truncation and padding.
import struct
print(struct.unpack('<4s', b'abcd'), struct.pack('<2s', b'abcdef'), struct.pack('<4s', b'a'))
