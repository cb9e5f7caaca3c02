# classmethods as alternative constructors that respect subclasses.
class Shape:
    def __init__(self, sides):
        self.sides = sides
    @classmethod
    def triangle(cls):
        return cls(3)
class Colored(Shape):
    color = 'red'
t = Colored.triangle()
print(type(t).__name__, t.sides, t.color)
