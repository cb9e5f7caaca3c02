# Multiple inheritance: attribute lookup follows MicroPython's depth-first order.
class A:
    def f(self):
        return 'A.f'
    def g(self):
        return 'A.g'
class B:
    def f(self):
        return 'B.f'
    def h(self):
        return 'B.h'
class C(A, B):
    pass
class D(B, A):
    pass
c, d = C(), D()
print(c.f(), c.g(), c.h(), d.f(), d.g(), d.h())
print(isinstance(c, A), isinstance(c, B), issubclass(D, A))
