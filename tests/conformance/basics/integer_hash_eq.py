# Equal numbers compare and hash equal across int, float and bool.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print(2 ** 65 == 2.0 ** 65)
