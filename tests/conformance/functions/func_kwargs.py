# **kwargs collects extra keyword arguments; calls may unpack dicts with **.
def f(a, **kw):
    return a, sorted(kw.items())
print(f(1), f(1, x=2, y=3))
opts = {'a': 0, 'z': 26}
print(f(**opts))
def g(a, b, c):
    return a + b + c
print(g(1, **{'b': 2, 'c': 3}), g(*[1], **{'c': 3, 'b': 2}))
