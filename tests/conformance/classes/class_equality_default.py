# Default equality is identity; default hash lets instances be keys.
class C:
    pass
a, b = C(), C()
print(a == a, a == b, a != b, a is a)
d = {a: 1}
print(d.get(a), d.get(b))
