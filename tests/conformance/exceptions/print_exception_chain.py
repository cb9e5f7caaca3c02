# print_exception of an exception raised inside a handler.
import sys
def f():
    try:
        [][0]
    except IndexError:
        raise TypeError('in handler')
try:
    f()
except TypeError as e:
    sys.print_exception(e, sys.stdout)
