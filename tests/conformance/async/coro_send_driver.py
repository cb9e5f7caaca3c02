# An async def coroutine driven by send(None) until StopIteration.
async def add(a, b):
    return a + b
c = add(2, 3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
