# staticmethod and classmethod, called on the class and on instances.
class C:
    n = 'C'
    @staticmethod
    def s(x):
        return 'static %s' % x
    @classmethod
    def c(cls, x):
        return 'class %s %s' % (cls.n, x)
class D(C):
    n = 'D'
print(C.s(1), C().s(2), C.c(3), C().c(4), D.c(5), D().s(6))
