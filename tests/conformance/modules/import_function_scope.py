# Imports inside functions bind local names.
def f():
    import struct
    return struct.pack('>H', 258)
print(f())
try:
    struct
except NameError:
    print('struct not global')
