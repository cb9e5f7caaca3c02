# min and max with iterables, several arguments, key and default.
print(min([3, 1, 2]), max([3, 1, 2]), min(4, 5), max('a', 'b', 'c'), max('hello'))
print(min(['aa', 'b', 'ccc'], key=len), max(['aa', 'b', 'ccc'], key=len))
print(min([], default='empty'), max([], default=None))
try:
    min([])
except ValueError as e:
    print('ValueError', e)
