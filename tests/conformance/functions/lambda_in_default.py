# Lambdas as default arguments and nested lambdas.
def f(key=lambda x: -x):
    return sorted([3, 1, 2], key=key)
print(f(), f(lambda x: x))
adder = lambda a: lambda b: a + b
print(adder(3)(4))
