# Arbitrary-precision integers: growth, arithmetic and printing.
n = 1
for i in range(1, 31):
    n *= i
print(n)
print(n // 12345678901234567, n % 12345678901234567)
print(2 ** 200)
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print(2 ** 64 - 1, (2 ** 64 - 1) * (2 ** 64 + 1))
big = 123456789012345678901234567890
print(big + 1, big - big, big * -1)
