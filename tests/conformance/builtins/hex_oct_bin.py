# hex(), oct() and bin() of positive, negative and big ints.
for v in (0, 1, 255, -255, 2 ** 40, -(2 ** 70)):
    print(hex(v), oct(v), bin(v))
