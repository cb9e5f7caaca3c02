# Integers around the 31/32/63/64-bit boundaries print and compute correctly.
for e in (30, 31, 32, 62, 63, 64):
    v = 2 ** e
    print(e, v - 1, v, v + 1, -v, -v - 1)
print((2 ** 30) * 2, (2 ** 62) * 2, -(2 ** 62) * 2)
print(0x3fffffff + 1, 0x7fffffffffffffff + 1)
