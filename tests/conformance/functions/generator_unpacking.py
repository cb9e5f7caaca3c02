# Generators can be unpacked, starred and passed as *args.
def g():
    yield 1
    yield 2
    yield 3
a, b, c = g()
print(a, b, c)
first, *rest = g()
print(first, rest)
print(max(*g()), list(g()))
