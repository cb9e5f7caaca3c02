# Keyword-only arguments after * and *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
def g(*args, key=None):
    return args, key
print(g(1, 2), g(1, key='k'))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError', e)
