# Keyword arguments in any order.
def f(a, b, c):
    return '%s-%s-%s' % (a, b, c)
print(f(1, 2, 3), f(c=3, a=1, b=2), f(1, c=3, b=2))
