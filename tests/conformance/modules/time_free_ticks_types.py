# time module functions exist; values are not printed because they vary.
import time
t0 = time.ticks_ms()
t1 = time.ticks_ms()
print(type(t0).__name__, time.ticks_diff(t1, t0) >= 0, time.ticks_add(5, 10), time.ticks_diff(10, 3))
