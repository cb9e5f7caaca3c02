# raise ... from ... and raise ... from None.
try:
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise KeyError('x') from None
except KeyError as e:
    print('KeyError', e)
