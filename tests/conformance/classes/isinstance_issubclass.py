# isinstance and issubclass with classes and tuples of classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, B)), issubclass(A, object))
print(isinstance(1, int), isinstance(True, int), isinstance('s', (int, str)))
print(isinstance(A, type), type(b) is B, type(B) is type)
