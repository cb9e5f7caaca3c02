# Function objects: __name__, being passed around and stored.
def f():
    pass
g = f
print(f.__name__, g.__name__, (lambda: 0).__name__, callable(f))
funcs = {'len': len, 'f': f}
print(funcs['len']('abc'), funcs['f']())
