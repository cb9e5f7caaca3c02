# A coroutine without return gives None in StopIteration.
async def f():
    pass
c = f()
try:
    c.send(None)
except StopIteration as e:
    print(e.value, e.args)
