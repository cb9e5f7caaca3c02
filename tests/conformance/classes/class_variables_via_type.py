# Modifying class attributes through type(self).
class C:
    created = 0
    def __init__(self):
        type(self).created += 1
class D(C):
    pass
C(); C(); D()
print(C.created, D.created)
