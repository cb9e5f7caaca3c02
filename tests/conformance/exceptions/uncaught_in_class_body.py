# An exception raised while executing a class body.
class C:
    x = 1
    y = x / 0
