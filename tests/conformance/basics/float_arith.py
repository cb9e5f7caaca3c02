# Float arithmetic and mixing with integers.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(3 + 0.5, 3 * 0.5, 3 / 2, 4 / 2, 7 // 2.0)
print(2 ** 0.5, 2 ** -1.0, (-8) ** 2.0)
print(-0.0, 0.0 == -0.0, abs(-2.5))
