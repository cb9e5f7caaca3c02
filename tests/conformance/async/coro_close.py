# close() on a suspended coroutine runs its finally block.
class Suspend:
    def __await__(self):
        yield
    __iter__ = __await__  # MicroPython awaits through __iter__
async def job():
    try:
        await Suspend()
        print('not reached')
    finally:
        print('cleanup')
c = job()
c.send(None)
c.close()
print('closed')
