# Arithmetic special methods, including reflected and in-place forms.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __neg__(self):
        return V(-self.x)
    def __iadd__(self, o):
        self.x += o.x
        return self
    def __repr__(self):
        return 'V(%r)' % self.x
a, b = V(1), V(10)
print(a + b, a + 5, 5 + a, b - a, a * 3, -a)
c = a
c += b
print(c, a, c is a)
