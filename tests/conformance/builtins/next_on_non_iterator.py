# next() on a non-iterator raises TypeError.
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
