# sys.exc_info inside and outside a handler.
import sys
print(sys.exc_info() == (None, None, None))
try:
    raise ValueError('x')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
