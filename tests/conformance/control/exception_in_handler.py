# An exception raised in a handler propagates with the original as context.
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b')
except ValueError as e:
    print('got', repr(e))
