# Keyword arguments given by both name and ** are rejected.
def f(**kw):
    return sorted(kw.items())
print(f(a=1, **{'b': 2}))
def g(a):
    return a
try:
    g(1, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
