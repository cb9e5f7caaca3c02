# Producer/consumer written with coroutines and a shared queue.
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__  # MicroPython awaits through __iter__
async def producer(q, n):
    for i in range(n):
        q.append(i)
        await Yield()
    q.append(None)
async def consumer(q, out):
    while True:
        while not q:
            await Yield()
        v = q.pop(0)
        if v is None:
            return out
        out.append(v * v)
q = []
tasks = [producer(q, 4), consumer(q, [])]
result = None
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        if e.value is not None:
            result = e.value
print(result)
