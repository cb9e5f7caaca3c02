# Decorators that register functions and return them unchanged.
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def a():
    return 1
@register
def b():
    return 2
print(registry, a(), b())
