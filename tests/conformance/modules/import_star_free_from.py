# from-imports of several names, and module attribute access.
from math import sqrt, floor
import math
print(sqrt(9), floor(1.5), math.sqrt is sqrt)
