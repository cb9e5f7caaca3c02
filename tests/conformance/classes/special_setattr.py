# __setattr__ intercepts attribute assignment.
class Guard:
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError('private: ' + name)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
g = Guard()
g.a = 5
g.b = 's'
print(g.a, g.b)
try:
    g._x = 1
except AttributeError as e:
    print('AttributeError', e)
