# Class attributes are found before __getattr__; instance attributes before class ones.
class C:
    a = 'class'
    def __getattr__(self, n):
        return 'getattr:' + n
c = C()
print(c.a, c.b)
c.a = 'instance'
print(c.a, C.a)
