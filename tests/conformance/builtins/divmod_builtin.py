# divmod() of ints, big ints and floats.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 3))
print(divmod(7.5, 2), divmod(-7.5, 2))
