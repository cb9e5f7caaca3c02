# Generator close() raises GeneratorExit at the yield; finally blocks run.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = gen()
print(next(g))
g.close()
print('closed')
g.close()
try:
    next(g)
except StopIteration:
    print('exhausted')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
