# math trigonometric functions at exact points.
import math
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1) * 2 == math.pi, math.atan2(1, 1) * 4 == math.pi)
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), math.degrees(math.pi), math.radians(180))
print(round(math.atan(1), 12), round(math.acos(0), 12), math.hypot(3, 4) if hasattr(math, 'hypot') else 5.0)
