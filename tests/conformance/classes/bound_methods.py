# Bound methods keep their instance; unbound access through the class.
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a = C(1)
m = a.get
a.v = 2
print(m(), C.get(a), C(9).get())
ms = [C(i).get for i in range(3)]
print([f() for f in ms])
