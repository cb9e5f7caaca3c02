# Comparisons of sequences, strings and mixed types.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print('abc' < 'abd', 'Z' < 'a', '' < 'a', 'ab' < 'abc')
print(b'a' < b'b', [1] == [1.0], (1, 'a') < (1, 'b'))
print(None == 0, None is None, [] == [], [] is not [])
try:
    1 < 'a'
except TypeError as e:
    print('TypeError', e)
