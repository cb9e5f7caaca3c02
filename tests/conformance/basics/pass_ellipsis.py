# pass, Ellipsis and the ... literal.
def f():
    ...
def g():
    pass
print(f(), g(), ..., Ellipsis, ... is Ellipsis)
