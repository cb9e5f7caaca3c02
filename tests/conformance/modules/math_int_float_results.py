# math functions that return ints or floats.
import math
print(type(math.floor(1.5)).__name__, type(math.ceil(1.5)).__name__, type(math.sqrt(4)).__name__)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9999))
