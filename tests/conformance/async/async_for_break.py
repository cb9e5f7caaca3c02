# break inside async for and a suspending __anext__.
class Pause:
    def __await__(self):
        yield 'pause'
    __iter__ = __await__  # MicroPython awaits through __iter__
class Source:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Pause()
        self.i += 1
        return self.i
async def main():
    total = 0
    async for v in Source():
        if v > 3:
            break
        total += v
    return total
c = main()
steps = 0
try:
    while True:
        c.send(None)
        steps += 1
except StopIteration as e:
    print('total', e.value, 'steps', steps)
