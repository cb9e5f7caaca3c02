# Negative indices and slice bounds clamp as in CPython.
l = [10, 20, 30, 40]
print(l[-4], l[-1:], l[:-3], l[-100:100], l[3:1], l[1:-1])
l[-1] = 99
print(l)
