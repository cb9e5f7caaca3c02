# Default argument values, evaluated once at definition time.
def f(a, b=2, c='c'):
    return (a, b, c)
print(f(1), f(1, 3), f(1, 3, 4), f(1, c=9))
def acc(x, l=[]):
    l.append(x)
    return l
print(acc(1), acc(2), acc(3, []))
n = 5
def g(v=n):
    return v
n = 6
print(g())
