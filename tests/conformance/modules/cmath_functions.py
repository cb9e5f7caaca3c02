# cmath exp, cos, sin on complex values with rounding.
import cmath
z = complex(0, cmath.pi)
w = cmath.exp(z)
print(round(w.real, 10), round(w.imag, 10))
print(cmath.cos(0), cmath.sin(0), cmath.sqrt(3 + 4j))
