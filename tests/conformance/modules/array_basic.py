# array.array of several type codes.
from array import array
a = array('i', [1, -2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[1], a[-1], list(a[1:3]), sum(a))
print(array('B', b'\x01\x02'), array('f', [0.5]), array('h'), array('b', [-1]))
a[0] = 100
print(a[0], bytes(array('H', [1, 2])))
