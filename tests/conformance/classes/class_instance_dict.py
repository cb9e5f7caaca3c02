# Instance attributes are stored per instance.
class C:
    pass
a, b = C(), C()
a.x = 1
b.x = 2
b.y = 3
print(a.x, b.x, hasattr(a, 'y'), getattr(a, 'y', 'default'))
setattr(a, 'y', 10)
delattr(b, 'y')
print(a.y, hasattr(b, 'y'))
