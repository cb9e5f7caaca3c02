# Integer bitwise operators and shifts, including negative operands.
print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(1 << 4, 1 << 31, 1 << 32, 1 << 64)
print(256 >> 4, -256 >> 4, -1 >> 10, 7 >> 100)
x = 0xff
x &= 0x0f; print(x)
x |= 0x30; print(x)
x ^= 0x11; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
