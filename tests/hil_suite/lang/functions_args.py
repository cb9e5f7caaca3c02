def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())


print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
args = (1, 2)
opts = {"c": 0, "z": 1}
print(f(*args, **opts))
print((lambda *a, **k: (a, k))(1, x=2))
