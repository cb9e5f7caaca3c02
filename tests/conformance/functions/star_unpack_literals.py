# Star-unpacking in call arguments mixed with plain arguments (MicroPython has no *x in displays).
def f(*a):
    return a
a = [1, 2]
b = (3,)
print(f(*a, *b), f(0, *a, 9, *b), f(*'xy', *range(2)))
d1 = {'x': 1}
d2 = {'y': 2}
def g(**k):
    return sorted(k.items())
print(g(**d1, **d2), g(z=0, **d1))
