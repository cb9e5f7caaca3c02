# Exceptions propagate through await, and throw() raises inside a coroutine.
class Suspend:
    def __await__(self):
        yield 'suspended'
    __iter__ = __await__  # MicroPython awaits through __iter__
async def failing():
    raise ValueError('inside coroutine')
async def catcher():
    try:
        await failing()
    except ValueError as e:
        return 'caught ' + str(e)
c = catcher()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def waiter():
    try:
        await Suspend()
    except KeyError as e:
        return 'thrown in: ' + repr(e)
w = waiter()
print(w.send(None))
try:
    w.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)
