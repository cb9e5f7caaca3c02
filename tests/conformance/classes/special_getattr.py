# __getattr__ is called only for missing attributes.
class Dyn:
    real = 'real value'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'dynamic ' + name
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, 'x1'), hasattr(d, 'nope'))
try:
    d.nope
except AttributeError as e:
    print('AttributeError', e)
