# Capturing loop values through default arguments and closure factories.
def make(i):
    return lambda: i * 10
fs = [make(i) for i in range(3)]
print([f() for f in fs])
