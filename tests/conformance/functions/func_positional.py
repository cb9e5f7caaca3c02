# Positional arguments and return values.
def add(a, b):
    return a + b
def nothing():
    pass
def multi():
    return 1, 2, 3
print(add(1, 2), add('a', 'b'), nothing(), multi())
