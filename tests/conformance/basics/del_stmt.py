# del of names, subscripts, slices and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print('NameError', e)
l = list(range(6))
del l[0]
del l[1:3]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class C:
    pass
c = C()
c.v = 1
del c.v
print(hasattr(c, 'v'))
