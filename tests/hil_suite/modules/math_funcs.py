import math

print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.fabs(-3))
print(math.pi > 3.14, math.e > 2.71, math.isnan(float("nan")), math.isinf(float("inf")))
print(round(math.sin(0), 3), round(math.cos(0), 3), math.pow(2, 5), math.log(1))
