# min() and max() with mixed numeric types and keys.
print(min(1, 2.5, -3), max(1, 2.5, -3), max([1, 5, 3], key=lambda x: -x), min('b', 'a'))
print(max((1, 'b'), (1, 'a')), min([[2], [1, 5]]))
