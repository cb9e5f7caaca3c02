# In-place operators fall back to the binary operator.
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o)
    def __mul__(self, o):
        return V(self.v * o)
a = V(2)
b = a
a += 3
a *= 4
print(a.v, b.v, a is b)
