# __str__ and __repr__ of exception subclasses.
class E(Exception):
    def __str__(self):
        return 'custom str'
class F(Exception):
    pass
print(str(E('ignored')), repr(F('x')), repr(F()), str(F(1, 2)))
