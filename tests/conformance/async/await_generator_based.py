# An object whose __await__ is a generator function is awaitable.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from ()
        return self.v
    __iter__ = __await__  # MicroPython awaits through __iter__
async def main():
    return await Value(3) + await Value(4)
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
