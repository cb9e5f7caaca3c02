# Generators keep local state across yields; several run independently.
def counter(start):
    n = start
    while True:
        n += 1
        yield n
a = counter(0)
b = counter(100)
print(next(a), next(b), next(a), next(a), next(b))
def fib():
    x, y = 0, 1
    while True:
        yield x
        x, y = y, x + y
f = fib()
print([next(f) for _ in range(12)])
