# Methods wrapped by user decorators keep working as methods.
def traced(f):
    def w(self, *a):
        print('call', f.__name__, a)
        return f(self, *a)
    return w
class C:
    @traced
    def add(self, a, b):
        return a + b
print(C().add(2, 3))
