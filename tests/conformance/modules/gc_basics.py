# gc functions that print nothing machine-specific.
import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.mem_free()).__name__, gc.mem_free() > 0, gc.mem_alloc() > 0)
