# Allocating while the heap is locked raises MemoryError.
import micropython
micropython.heap_lock()
try:
    x = [1, 2, 3]
    result = 'allocated'
except MemoryError:
    result = 'MemoryError'
micropython.heap_unlock()
print(result)
