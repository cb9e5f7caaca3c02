# __bool__ and __len__ decide truthiness.
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class E:
    pass
print(bool(T()), bool(L()), bool(E()), not T(), 'yes' if L() else 'no')
