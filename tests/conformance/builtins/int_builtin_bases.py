# int() with explicit bases.
for s, b in (('101', 2), ('777', 8), ('zz', 36), ('-ff', 16), ('0x1F', 16), ('  10 ', 3), ('0b11', 0)):
    print(s, b, int(s, b))
