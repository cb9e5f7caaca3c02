# math functions on simple values.
import math
print(math.sqrt(16), math.sqrt(2), math.pi, math.e)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9))
print(math.fabs(-3), math.pow(2, 10), math.exp(0), math.log(math.e), math.log10(1000), math.log2(8))
print(math.log(100, 10), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(2, -0.0))
