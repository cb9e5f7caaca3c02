# Integer literals: decimal, hex, octal, binary, underscores, signs.
print(0, 7, -7, +7)
print(0x1f, 0X1F, 0o17, 0O17, 0b101, 0B101)
print(1_000_000, 0x_ff, 0b_1_0)
print(-0, --3, -(-3))
print(0xffffffff, 0x7fffffff, 0x80000000)
