# Exceptions propagate out of generators and end them.
def gen():
    yield 1
    raise ValueError('gen failed')
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
try:
    next(g)
except StopIteration:
    print('generator finished')
