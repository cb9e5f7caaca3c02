# __repr__ and __str__ control printing; str falls back to repr.
class A:
    def __repr__(self):
        return 'A()'
class B(A):
    def __str__(self):
        return 'B as str'
print(A(), repr(A()), str(A()), [A()])
print(B(), repr(B()), str(B()), [B()], '%s %r' % (B(), B()))
print('{} {!r}'.format(B(), B()), f'{B()} {B()!r}')
