# Function decorators, stacked and with arguments.
def shout(f):
    def w(*a):
        return f(*a).upper()
    return w
def repeat(n):
    def deco(f):
        def w(*a):
            return ' '.join(f(*a) for _ in range(n))
        return w
    return deco
@shout
def hi(name):
    return 'hi ' + name
@repeat(2)
@shout
def bye():
    return 'bye'
print(hi('bob'), bye())
