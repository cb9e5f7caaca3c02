# map() with one and several iterables.
print(list(map(str.upper, ['a', 'b'])), list(map(pow, [2, 3], [3, 2])), list(map(len, [])))
