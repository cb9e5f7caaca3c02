# micropython module functions that exist on every port.
import micropython
print(callable(micropython.const), micropython.const(5), micropython.opt_level() in (0, 1, 2, 3))
micropython.heap_lock()
micropython.heap_unlock()
print('heap lock ok')
