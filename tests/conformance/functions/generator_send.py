# Generator send() delivers values into yield expressions.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = acc()
print(g.send(None), g.send(5), g.send(10), next(g.__iter__()) if False else g.send(1))
try:
    g.send(None)
except StopIteration:
    print('stopped')
