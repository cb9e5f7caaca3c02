# Generator throw() raises inside the generator at the yield.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught inside', e)
        yield 'recovered'
    yield 'last'
g = gen()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
g2 = gen()
next(g2)
try:
    g2.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
