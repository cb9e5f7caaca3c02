# yield directly inside a class body.
class C:
    yield 1
