# __name__ of a module run by import is its module name.
print(__name__)
def f():
    pass
print(f.__name__, int.__name__, ValueError.__name__)
