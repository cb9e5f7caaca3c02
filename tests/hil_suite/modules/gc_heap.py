# The board's heap: figures only as comparisons, as they differ between boards.
import gc

gc.collect()
print(gc.isenabled(), gc.mem_free() > 0, gc.mem_alloc() >= 0)
gc.disable()
print(gc.isenabled())
gc.enable()
junk = [bytearray(100) for _ in range(20)]
del junk
gc.collect()
print(gc.mem_free() + gc.mem_alloc() > 1000)
