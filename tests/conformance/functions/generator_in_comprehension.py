# Generators consumed by comprehensions, zip and enumerate.
def squares():
    i = 0
    while True:
        yield i * i
        i += 1
print([s for _, s in zip(range(5), squares())])
print(list(enumerate(x for x in 'abc')))
