# yield is an expression whose value is None under next().
def gen():
    x = yield 'a'
    y = yield x
    yield y
g = gen()
print(next(g), next(g), g.send('sent'))
