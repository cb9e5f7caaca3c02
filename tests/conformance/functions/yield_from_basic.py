# yield from delegates to a sub-iterator and returns its return value.
def sub(n):
    for i in range(n):
        yield i
    return 'sub done %d' % n
def outer():
    r = yield from sub(2)
    print(r)
    r = yield from sub(3)
    print(r)
    yield from [10, 11]
    yield from 'ab'
print(list(outer()))
