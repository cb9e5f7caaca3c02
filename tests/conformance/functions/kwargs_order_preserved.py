# **kwargs keeps the order in which keywords were passed.
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3) == ['z', 'a', 'm'] or sorted(f(z=1, a=2, m=3)))
