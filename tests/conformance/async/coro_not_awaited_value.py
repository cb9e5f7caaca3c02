# Calling an async function does not run its body until sent.
async def f():
    print('body runs')
    return 1
c = f()
print('created')
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
