# array item assignment out of range and byte views.
from array import array
a = array('B', [1, 2])
try:
    a[5]
except IndexError as e:
    print('IndexError', e)
b = array('I', [0x01020304])
print(bytes(b), len(bytes(b)), array('d', [1.5]).typecode if hasattr(array, 'typecode') else 'd')
