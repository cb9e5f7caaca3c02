# __str__ and __repr__ inherited from a base class.
class Base:
    def __repr__(self):
        return '<%s>' % type(self).__name__
class Child(Base):
    pass
print(Base(), Child(), [Child()])
