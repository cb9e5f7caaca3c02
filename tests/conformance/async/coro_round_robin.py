# A tiny round-robin scheduler running several coroutines by hand.
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__  # MicroPython awaits through __iter__
async def worker(name, n, log):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await Yield()
    return name
def run_all(coros):
    log = []
    tasks = [c(log) for c in coros]
    results = []
    while tasks:
        t = tasks.pop(0)
        try:
            t.send(None)
            tasks.append(t)
        except StopIteration as e:
            results.append(e.value)
    return log, results
print(run_all([lambda l: worker('a', 3, l), lambda l: worker('b', 1, l), lambda l: worker('c', 2, l)]))
