# A docstring is not executed code and does not change results.
def f():
    "This is a docstring."
    return 5
def g():
    """Multi
    line."""
print(f(), g())
