# math domain errors.
import math
for f, a in ((math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2)):
    try:
        print(f(a))
    except ValueError as e:
        print('ValueError', e)
