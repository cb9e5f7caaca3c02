# struct errors for bad arguments.
import struct
try:
    struct.unpack('<I', b'\x00')
except ValueError as e:
    print('ValueError', e)
try:
    struct.pack('<H', 1, 2)
except (ValueError, TypeError) as e:
    print(type(e).__name__)
