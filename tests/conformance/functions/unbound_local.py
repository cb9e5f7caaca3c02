# Assigning a name anywhere in a function makes it local everywhere in it.
x = 10
def f():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    x = 5
f()
