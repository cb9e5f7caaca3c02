"""Classes through the engine: methods (LOAD_METHOD/CALL_METHOD), super, special methods,
class attributes, properties, inheritance."""

import pytest

from tests.vm.interp.differential import assert_ok

SNIPPETS = {
    "methods_and_attrs": """
        class Led:
            count = 0
            def __init__(self, pin):
                self.pin = pin
                self.state = False
                Led.count += 1
            def on(self):
                self.state = True
                return self
            def off(self):
                self.state = False
            def value(self, v=None):
                if v is None:
                    return self.state
                self.state = bool(v)
        led = Led(5)
        led.on()
        print(led.value(), led.pin, Led.count)
        led.off(); led.value(1)
        print(led.value(), Led(6).on().state, Led.count)
        m = led.value
        print(m())
    """,
    "inheritance_and_super": """
        class A:
            def __init__(self, x):
                self.x = x
            def who(self):
                return "A" + str(self.x)
            def shout(self):
                return self.who().upper()
        class B(A):
            def __init__(self, x, y):
                super().__init__(x)
                self.y = y
            def who(self):
                return "B" + super().who() + str(self.y)
        b = B(1, 2)
        print(b.who(), b.shout(), isinstance(b, A), issubclass(B, A))
        class C(B):
            pass
        print(C(3, 4).who())
    """,
    "special_methods": """
        class V:
            def __init__(self, x, y):
                self.x, self.y = x, y
            def __add__(self, o):
                return V(self.x + o.x, self.y + o.y)
            def __eq__(self, o):
                return self.x == o.x and self.y == o.y
            def __len__(self):
                return 2
            def __getitem__(self, i):
                return (self.x, self.y)[i]
            def __repr__(self):
                return "V(%d, %d)" % (self.x, self.y)
            def __call__(self, k):
                return self.x * k
            def __iter__(self):
                yield self.x
                yield self.y
            def __contains__(self, v):
                return v == self.x
            def __bool__(self):
                return self.x != 0
        v = V(1, 2) + V(3, 4)
        print(v, v == V(4, 6), len(v), v[1], v(10), list(v), 4 in v, 5 in v, bool(V(0, 1)))
        print([V(1, 1)], str(v))
    """,
    "class_and_static_methods_properties": """
        class T:
            _n = 0
            @classmethod
            def make(cls):
                cls._n += 1
                return cls()
            @staticmethod
            def add(a, b):
                return a + b
            @property
            def n(self):
                return T._n
            @n.setter
            def n(self, v):
                T._n = v
        t = T.make()
        print(t.n, T.add(1, 2), t.add(3, 4))
        t.n = 10
        print(T._n, t.n)
    """,
    "exceptions_classes": """
        class E(ValueError):
            def __init__(self, code):
                super().__init__("code %d" % code)
                self.code = code
        try:
            raise E(3)
        except ValueError as e:
            print(e, e.code, e.args)
    """,
    "class_body_scope": """
        x = "global"
        class K:
            x = "class"
            y = x + "!"
            def f(self):
                return x
            z = [1, 2]
        print(K.y, K().f(), K.z)
        def make():
            v = 5
            class In:
                w = v
                def get(self):
                    return v
            return In
        print(make().w, make()().get())
    """,
    "getattr_setattr_dynamic": """
        class O:
            def __getattr__(self, name):
                return "dyn_" + name
        o = O()
        o.real = 1
        print(o.real, o.missing, getattr(o, "zz"))
        class P:
            pass
        p = P()
        setattr(p, "a", 5)
        print(p.a, hasattr(p, "b"))
        try:
            p.b
        except AttributeError as e:
            print("AE", e)
    """,
    "method_on_builtin_values": """
        l = []
        for i in range(5):
            l.append(i * i)
        d = {}
        d.setdefault("k", []).append(1)
        s = " a b ".strip().split()
        print(l, d, s, "x".join(s), (1, 2).count(1), b"ab".decode(), "%s" % [1.5])
        print([1, 2, 3].pop(), {1: 2}.get(1), "abc".startswith("a"))
    """,
    "attribute_errors_and_builtin_only_attrs": """
        import math
        for f in (lambda: math.foo, lambda: (1).foo, lambda: None.bar, lambda: [].x,
                  lambda: int.zz, lambda: "".casefold, lambda: (1).real):
            try:
                print(f())
            except AttributeError as e:
                print(e)
        class A:
            pass
        try:
            A().q
        except AttributeError as e:
            print(e)
        try:
            A.q
        except AttributeError as e:
            print(e)
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_matches_micropython(name):
    assert_ok(SNIPPETS[name])
