# super() in methods and __init__.
class A:
    def __init__(self, v):
        self.v = v
        print('A init')
    def who(self):
        return 'A'
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
        print('B init')
    def who(self):
        return 'B>' + super().who()
b = B(5)
print(b.v, b.who())
