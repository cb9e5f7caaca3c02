# A generator cannot be resumed from inside itself.
def gen():
    yield g.send(None)
g = gen()
try:
    next(g)
except ValueError as e:
    print('ValueError', e)
