# Values sent into a coroutine arrive through the awaited object.
class Recv:
    def __await__(self):
        v = yield 'need value'
        return v
    __iter__ = __await__  # MicroPython awaits through __iter__
async def summer(n):
    total = 0
    for _ in range(n):
        total += await Recv()
    return total
c = summer(3)
print(c.send(None))
print(c.send(5))
print(c.send(6))
try:
    c.send(7)
except StopIteration as e:
    print('sum', e.value)
