# Coroutine objects are generator-like and awaiting a non-awaitable fails.
async def f():
    return 1
c = f()
print(hasattr(c, 'send'), hasattr(c, 'throw'), hasattr(c, 'close'))
try:
    c.send(None)
except StopIteration:
    pass
async def bad():
    await 5
b = bad()
try:
    b.send(None)
except TypeError as e:
    print('TypeError', e)
except AttributeError as e:
    print('AttributeError', e)
