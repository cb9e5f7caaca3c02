# __class__ and type() of instances, and __name__ of classes.
class C:
    pass
c = C()
print(c.__class__ is C, type(c).__name__, C.__name__, type(C).__name__, type(1).__name__)
