# An awaitable object whose __await__ yields values up to the driver.
class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        got = yield ('sleep', self.t)
        return got
    __iter__ = __await__  # MicroPython awaits through __iter__
async def task():
    r1 = await Sleep(1)
    r2 = await Sleep(2)
    return r1 + r2
c = task()
req = c.send(None)
print('driver got', req)
req = c.send(10)
print('driver got', req)
try:
    c.send(20)
except StopIteration as e:
    print('done', e.value)
