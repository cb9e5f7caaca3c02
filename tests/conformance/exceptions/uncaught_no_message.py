# An uncaught exception raised as a bare class.
def f():
    raise NotImplementedError
f()
