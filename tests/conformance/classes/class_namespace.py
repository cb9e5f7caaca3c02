# Class bodies are executed top to bottom; methods see class names via self.
class C:
    print('defining C')
    a = 1
    b = a + 1
    def f(self):
        return self.a + self.b
    lst = [a, b]
print(C.a, C.b, C.lst, C().f())
