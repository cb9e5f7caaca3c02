# math.log with explicit bases.
import math
print(math.log(8, 2), math.log(81, 3), round(math.log(1000, 10), 10), math.log(1))
