# sum() of ints, floats, big ints and with a start.
print(sum([1, 2, 3]), sum((0.1, 0.2)), sum([2 ** 64, 2 ** 64]), sum(range(5), -10), sum([], 7))
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError')
