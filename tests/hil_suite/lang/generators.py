def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = fib()
print([next(g) for _ in range(10)])


def echo():
    got = None
    while True:
        got = yield got
        if got is None:
            return "done"


e = echo()
next(e)
print(e.send(1), e.send("two"))
try:
    e.send(None)
except StopIteration as stop:
    print("stopped", stop.value)


def delegate():
    result = yield from range(3)
    yield result


print(list(delegate()))
print(sum(x * x for x in range(10) if x % 2))
