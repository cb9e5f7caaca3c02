# range() with one, two and three arguments and argument errors.
print(list(range(3)), list(range(1, 3)), list(range(0, 10, 4)), list(range(3, 0, -1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError')
