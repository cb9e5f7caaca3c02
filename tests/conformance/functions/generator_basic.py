# Generators yield values lazily and raise StopIteration at the end.
def gen(n):
    print('start')
    for i in range(n):
        yield i * i
    print('end')
g = gen(3)
print('created')
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(list(gen(4)))
