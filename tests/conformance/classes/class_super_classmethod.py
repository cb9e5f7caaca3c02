# super() inside classmethods.
class A:
    @classmethod
    def make(cls):
        return 'A.make(%s)' % cls.__name__
class B(A):
    @classmethod
    def make(cls):
        return 'B>' + super().make()
print(B.make(), A.make())
