# globals() holds module names; locals() inside functions.
x = 5
g = globals()
print('x' in g, g['x'], '__name__' in g)
def f():
    y = 1
    return 'y' in locals() if locals() else True
print(f())
