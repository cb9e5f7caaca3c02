# Two closures share one cell of their enclosing function.
def pair():
    v = 0
    def get():
        return v
    def set_(x):
        nonlocal v
        v = x
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
