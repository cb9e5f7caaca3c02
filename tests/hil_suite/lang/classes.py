class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return "%s with %d sides" % (self.name, self.sides)

    def __repr__(self):
        return "<%s>" % self.name


class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__("square")
        self.size = size

    def area(self):
        return self.size * self.size


s = Square(3)
print(s.describe(), s.area(), s)
print(isinstance(s, Shape), issubclass(Square, Shape), type(s).__name__)
print(hasattr(s, "size"), getattr(s, "missing", "default"))
