# None: identity, repr, truth, equality.
x = None
print(x, repr(x), x is None, x == None, bool(x), type(x).__name__)
def f():
    pass
print(f(), f() is None)
