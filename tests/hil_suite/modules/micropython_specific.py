# MicroPython-only behaviour: the expected output is in micropython_specific.py.exp.
import sys

import micropython
import time

print(sys.implementation.name)
X = micropython.const(7)
print(X * 6)
t0 = time.ticks_ms()
print(time.ticks_diff(time.ticks_add(t0, 100), t0))
print(time.ticks_diff(5, time.ticks_add(0, -1)))  # wraps around the tick period
