def counter(start):
    n = start

    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc


c = counter(10)
print(c(), c(5), c())
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])
