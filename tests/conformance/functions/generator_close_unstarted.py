# Closing a generator that never started does not run its body.
def gen():
    print('never')
    yield 1
g = gen()
g.close()
print('closed')
try:
    next(g)
except StopIteration:
    print('StopIteration')
