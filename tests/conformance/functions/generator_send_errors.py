# send() with a non-None value to a just-started generator is an error.
def gen():
    x = yield 1
    print('got', x)
    yield 2
g = gen()
try:
    g.send(5)
except TypeError as e:
    print('TypeError', e)
g = gen()
print(g.send(None), g.send('x'))
