# Integer arithmetic: + - * // % ** and unary operators.
a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3)
print(~5, ~-1, -~5, ~0)
x = 10
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 4; print(x)
