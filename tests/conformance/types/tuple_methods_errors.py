# tuple.index errors and tuple comparison with lists.
t = (1, 2, 3)
try:
    t.index(9)
except ValueError as e:
    print('ValueError', e)
print(t == [1, 2, 3], list(t) == [1, 2, 3], t[1:] == (2, 3))
