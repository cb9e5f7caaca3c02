# struct with explicit little/big-endian sizes (no native alignment surprises).
import struct
for fmt in ('<b', '<h', '<i', '<q', '<f', '<d', '>H', '<2H', '<3B'):
    print(fmt, struct.calcsize(fmt))
