# property() called as a function with fget/fset/fdel.
class C:
    def __init__(self):
        self._v = 1
    def get(self):
        return self._v
    def set(self, v):
        self._v = v
    def delete(self):
        print('deleting')
        self._v = None
    v = property(get, set, delete)
c = C()
c.v = 7
print(c.v)
del c.v
print(c.v)
