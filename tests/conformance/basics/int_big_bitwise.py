# Bitwise operators on big integers, positive and negative.
a = 2 ** 70 + 12345
b = 2 ** 65 - 1
print(a & b, a | b, a ^ b)
print(-a & b, -a | b, -a ^ b)
print(a >> 3, a << 5, -a >> 70)
print(~a, ~-a)
