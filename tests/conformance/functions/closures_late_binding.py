# Closures see the current value of a captured variable, not its value at creation.
def f():
    x = 1
    def g():
        return x
    x = 2
    return g
print(f()())
def make():
    fs = []
    for i in range(3):
        def h():
            return i
        fs.append(h)
    return fs
print([h() for h in make()])
