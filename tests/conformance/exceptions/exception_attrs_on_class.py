# Attributes of exception subclass instances and classes; args is a tuple.
e = Exception('a')
print(type(e.args).__name__, len(e.args))
class E(Exception):
    code = 7
x = E('x')
x.extra = 5
print(E().code, x.args, x.extra)
