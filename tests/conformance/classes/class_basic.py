# Class definition, instances, attributes and methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.x, p.y, p.norm2(), type(p).__name__, Point.__name__)
p.z = 5
print(p.z, hasattr(p, 'z'), hasattr(p, 'w'))
