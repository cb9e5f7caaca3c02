# *args collects extra positional arguments; calls may unpack with *.
def f(a, *rest):
    return a, rest
print(f(1), f(1, 2, 3))
args = [4, 5, 6]
print(f(*args), f(0, *args), f(*'xy'), f(*range(3), 9))
def g(*args):
    return len(args)
print(g(), g(*[], *(1, 2)))
