# An uncaught exception inside a generator shows the generator's frame.
def gen():
    yield 1
    yield [][0]
for x in gen():
    print(x)
