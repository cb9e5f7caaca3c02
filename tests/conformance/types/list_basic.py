# list construction, indexing, slicing and repr.
l = [1, 'two', 3.0, [4]]
print(l, len(l), l[1], l[-1], l[1:3], l[::2], l[::-1])
print(list(), list('abc'), list(range(3)), list((1, 2)), [[]] * 2)
print([1, 2] + [3], [0] * 3, 2 in [1, 2], [1, [2]] == [1, [2]])
