# callable() of functions, classes, instances and plain values.
class C:
    pass
class D:
    def __call__(self):
        pass
print(callable(len), callable(print), callable(lambda: 0), callable(C), callable(C()),
      callable(D()), callable(1), callable('s'), callable(str.upper))
