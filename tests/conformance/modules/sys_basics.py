# sys attributes that are the same on every MicroPython port.
import sys
print(sys.implementation.name, sys.version_info[0], sys.byteorder, type(sys.path).__name__)
print(type(sys.argv).__name__, 'sys' in sys.modules or True, sys.version_info >= (3, 0))
print(callable(sys.exit), callable(sys.print_exception))
