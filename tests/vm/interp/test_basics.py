"""Straight-line code, operators, calls, control flow: Mote prints what MicroPython prints."""

import pytest

from tests.vm.interp.differential import assert_ok

SNIPPETS = {
    "arithmetic": """
        a = 7
        b = 3
        print(a + b, a - b, a * b, a // b, a % b, a ** b, a / 2, -a, +a, ~a)
        print(a << 2, a >> 1, a & b, a | b, a ^ b, 2 ** 100, -7 // 2, -7 % 3)
        x = 10
        x += 5; x -= 1; x *= 2; x //= 3; x %= 7; x **= 2; x <<= 1; x >>= 1
        x |= 8; x &= 12; x ^= 5
        print(x)
    """,
    "comparisons": """
        print(1 < 2, 2 <= 2, 3 > 4, 3 >= 3, 1 == 1.0, 1 != 2, 1 < 2 < 3, 3 > 2 > 5)
        print(None is None, 1 is not None, 2 in [1, 2], 3 not in (1, 2), "a" in "cat")
        print(not 0, not 1, [] or [1], 0 and 5, 3 and 4, None or 0)
    """,
    "strings": """
        s = "hello"
        print(s + " world", s * 2, s[1], s[-1], s[1:3], len(s), s.upper(), "%d-%s" % (3, "x"))
        print("a,b".split(","), "-".join(["x", "y"]), s.find("l"), s.replace("l", "L"))
    """,
    "containers": """
        l = [3, 1, 2]
        l.append(4); l.sort(); l.reverse()
        print(l, l[::2], l[1:-1], len(l), sum(l), min(l), max(l))
        d = {"a": 1, "b": 2}
        d["c"] = 3
        del d["a"]
        print(sorted(d.items()), d.get("z", 9), "b" in d)
        t = (1, 2, 3)
        a, b, c = t
        print(a, b, c, t.index(2), t.count(1))
        s = {1, 2}
        s.add(3)
        print(sorted(s), {1, 2} | {3}, {1, 2} & {2})
        l[0] = 10
        del l[1]
        print(l)
    """,
    "unpacking": """
        a, *b = [1, 2, 3]
        *c, d = (4, 5, 6)
        e, *f, g = range(6)
        print(a, b, c, d, e, f, g)
        (h, i), j = (1, 2), 3
        print(h, i, j)
        x, y = y, x = 1, 2
        print(x, y)
    """,
    "slices": """
        l = list(range(10))
        print(l[2:8:2], l[:3], l[7:], l[-3:], l[:])
        l[1:3] = [9, 9, 9]
        print(l)
        del l[1:3]
        print(l)
    """,
    "while_loop": """
        i = 0
        total = 0
        while i < 10:
            i += 1
            if i % 2:
                continue
            if i > 8:
                break
            total += i
        else:
            print("no")
        print(i, total)
        n = 0
        while n < 3:
            n += 1
        else:
            print("else", n)
    """,
    "for_loop": """
        for i in range(3):
            for j in range(3):
                if j == 2:
                    break
                if i == j:
                    continue
                print(i, j)
        else:
            print("done")
        for k, v in sorted({"x": 1, "y": 2}.items()):
            print(k, v)
        for c in "ab":
            print(c)
    """,
    "functions": """
        def f(a, b=2, *args, **kw):
            return a, b, args, sorted(kw.items())
        print(f(1))
        print(f(1, 3, 4, 5, x=6))
        print(f(b=7, a=8))
        def g(*, k=3, m):
            return k, m
        print(g(m=1), g(k=2, m=4))
        def h(a, b, *c, d, e=5, **f):
            return a, b, c, d, e, sorted(f)
        print(h(1, 2, 3, d=4, z=0))
        print(f(*[1, 2], **{"q": 1}))
        print((lambda x, y=1: x + y)(2))
    """,
    "star_calls": """
        def f(*a, **k):
            return a, sorted(k.items())
        print(f(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}, z=3))
        l = [1]
        l.extend(*[[2, 3]])
        print(l, max(*[4, 5, 6]))
        class C:
            def m(self, *a, **k):
                return a, k
        print(C().m(*[1], **{"x": 2}))
    """,
    "recursion": """
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        print(fib(15))
        def fact(n):
            return 1 if n <= 1 else n * fact(n - 1)
        print(fact(30))
    """,
    "globals": """
        g = 1
        def f():
            global g
            g += 1
            return g
        print(f(), f(), g)
        def h():
            global newname
            newname = 5
        h()
        print(newname)
        del newname
        try:
            print(newname)
        except NameError as e:
            print("NameError", e)
    """,
    "comprehensions": """
        print([x * y for x in range(3) for y in range(3) if x != y])
        print({x: x ** 2 for x in range(4)})
        print({x % 3 for x in range(10)} == {0, 1, 2})
        print(list(x + 1 for x in range(3)))
        print(sum(i for i in range(100)))
        n = 3
        print([[i * n for i in range(j)] for j in range(n)])
    """,
    "conditional_expr": """
        for i in range(4):
            print("even" if i % 2 == 0 else "odd", i and "t" or "f")
        a = [1, 2]
        print(a[0] if a else None, [] if not a else a[-1])
    """,
    "builtins_calls": """
        print(abs(-3), divmod(7, 2), pow(2, 10), round(2.5), int("12"), float("1.5"))
        print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])))
        print(list(zip("ab", [1, 2])), list(enumerate("xy")), sorted([3, 1], reverse=True))
        print(isinstance(1, int), hasattr([], "append"), getattr(1, "real", 0), chr(65), ord("A"))
    """,
    "big_and_negative_consts": """
        x = 123456789012345678901234567890
        print(x, -x, x * 2, 1 << 70, -5, -100000, 3.25, 1e10, 2j * 2j)
        print(0x7fffffff + 1, -0x40000000 - 1)
    """,
    "delete_and_unbound_local": """
        def f():
            x = 1
            del x
            try:
                print(x)
            except NameError as e:
                print("NameError", e)
        f()
        def g():
            print(y)
            y = 2
        try:
            g()
        except NameError as e:
            print("NameError2", e)
    """,
    "dup_and_chained": """
        a = b = c = [1]
        print(a is b is c)
        d = {}
        d["k"] = d["j"] = 3
        print(sorted(d.items()))
        x = [0, 0]
        x[0] += 5
        x[-1] -= 1
        print(x)
        class O: pass
        o = O()
        o.v = 1
        o.v += 2
        print(o.v)
    """,
    "chained_compare_and_rotations": """
        v = (1, 3, 0, 2)
        print([4 == len(set(v)) == len(set(v)) for _ in [0]], 1 < 2 < 3 > 2, 1 < 3 < 2)
        a = [1, 2, 3]
        i = 0
        a[i], a[i + 1] = a[i + 1], a[i]
        x, y, z = 1, 2, 3
        x, y, z = z, x, y
        print(a, x, y, z)
        c = [5, 6]
        c[i] -= 1
        c[i + 1] += c[i]
        print(c)
        for k in range(3, 0, -1):
            print(k, end=" ")
        print()
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_matches_micropython(name):
    assert_ok(SNIPPETS[name])
