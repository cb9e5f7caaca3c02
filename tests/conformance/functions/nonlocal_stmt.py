# nonlocal rebinds a variable of an enclosing function.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    inc(); inc()
    return x, get()
print(outer())
def deep():
    v = 'a'
    def mid():
        def inner():
            nonlocal v
            v += 'c'
        inner()
        return v
    return mid()
print(deep())
