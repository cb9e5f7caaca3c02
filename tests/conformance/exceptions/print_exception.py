# sys.print_exception prints a traceback to stdout (or a given file).
import sys
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    sys.print_exception(e, sys.stdout)
try:
    raise KeyError('no traceback frames')
except KeyError as e:
    sys.print_exception(e, sys.stdout)
sys.print_exception(RuntimeError('never raised'), sys.stdout)
