# Class attributes are shared until an instance attribute shadows them.
class C:
    count = 0
    items = []
    def __init__(self):
        C.count += 1
a = C(); b = C()
print(C.count, a.count, b.count)
a.count = 99
print(C.count, a.count, b.count)
a.items.append(1)
print(b.items, C.items)
