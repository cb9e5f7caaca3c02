# Mutable default argument shared between calls.
def f(d={}):
    d[len(d)] = 1
    return len(d)
print(f(), f(), f({}), f())
