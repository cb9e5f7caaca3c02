# str split, rsplit, splitlines and join.
print('a,b,,c'.split(','), 'a b  c '.split(), '  x  '.split())
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 1), 'abc'.split('b'))
print('l1\nl2\r\nl3'.splitlines(), ''.split(','), ''.split())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'))
try:
    ''.join([1, 2])
except TypeError as e:
    print('TypeError')
