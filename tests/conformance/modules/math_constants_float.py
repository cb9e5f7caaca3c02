# math results printed with MicroPython's float formatting.
import math
for x in (0.5, 1, 2, 10):
    print(x, math.sqrt(x), math.exp(x), math.log(x))
