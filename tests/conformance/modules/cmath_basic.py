# cmath functions on complex numbers.
import cmath
print(cmath.sqrt(-1), cmath.phase(-1) == cmath.pi, abs(cmath.exp(0)))
print(cmath.polar(1j), cmath.rect(1, 0), cmath.sqrt(-4))
print(round(cmath.log(1j).imag, 10), cmath.e == 2.718281828459045)
