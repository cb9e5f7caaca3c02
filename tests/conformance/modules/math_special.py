# math.isnan/isinf/isfinite, modf, frexp, ldexp.
import math
print(math.isnan(float('nan')), math.isinf(float('-inf')), math.isfinite(1.0), math.isfinite(float('inf')))
print(math.modf(3.5), math.modf(-2.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.inf, -math.inf, math.isnan(math.nan))
