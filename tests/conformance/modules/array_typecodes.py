# array element ranges for signed and unsigned type codes.
from array import array
print(list(array('b', [127, -128])), list(array('B', [0, 255])), list(array('h', [-32768])))
print(list(array('H', [65535])), list(array('l', [-1])), list(array('I', [4294967295])))
