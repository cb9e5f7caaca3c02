# getattr, setattr, hasattr and delattr.
class C:
    a = 1
c = C()
print(getattr(c, 'a'), getattr(c, 'b', 'dflt'), hasattr(c, 'a'), hasattr(c, 'b'))
setattr(c, 'b', 2)
print(c.b, getattr(c, 'b'))
delattr(c, 'b')
print(hasattr(c, 'b'))
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(getattr('abc', 'upper')(), getattr([], 'append') is not None)
