# sorted with incomparable values raises TypeError.
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
print(sorted([], key=len), sorted([[2], [1, 1], []], key=len))
