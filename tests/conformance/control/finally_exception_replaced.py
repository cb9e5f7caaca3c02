# An exception raised in finally replaces the one in flight.
try:
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
except Exception as e:
    print(type(e).__name__, e)
