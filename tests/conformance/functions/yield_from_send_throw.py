# send() and throw() pass through yield from to the inner generator.
def inner():
    try:
        while True:
            v = yield
            print('inner got', v)
    except ValueError:
        print('inner caught ValueError')
        yield 'after throw'
def outer():
    yield from inner()
g = outer()
next(g)
g.send(1)
g.send(2)
print(g.throw(ValueError))
