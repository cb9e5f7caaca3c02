# Operators not defined by a class raise TypeError.
class C:
    pass
for f in (lambda: C() + 1, lambda: 1 - C(), lambda: C() < C(), lambda: C()[0]):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
