"""Closures and cells: MAKE_CLOSURE, LOAD_DEREF/STORE_DEREF, nonlocal, late binding."""

import pytest

from tests.vm.interp.differential import assert_ok

SNIPPETS = {
    "counter_nonlocal": """
        def make():
            n = 0
            def inc(step=1):
                nonlocal n
                n += step
                return n
            return inc
        a = make(); b = make()
        print(a(), a(), a(5), b())
    """,
    "late_binding": """
        fs = [lambda: i for i in range(3)]
        print([f() for f in fs])
        fs2 = [lambda i=i: i for i in range(3)]
        print([f() for f in fs2])
    """,
    "nested_levels": """
        def a(x):
            def b(y):
                def c(z):
                    return x + y + z
                return c
            return b
        print(a(1)(2)(3))
        def outer():
            v = []
            def add(x):
                v.append(x)
            add(1); add(2)
            return v
        print(outer())
    """,
    "closure_over_argument_and_defaults": """
        def f(a, b=10, *args, **kw):
            def g(c=2):
                return a, b, args, kw, c
            return g
        print(f(1)(), f(1, 2, 3, k=4)(5))
    """,
    "unbound_free_variable": """
        def f():
            def g():
                return x
            try:
                g()
            except NameError as e:
                print("NameError", e)
            x = 1
            return g()
        print(f())
    """,
    "del_closed_variable": """
        def f():
            x = 1
            def g():
                return x
            del x
            try:
                g()
            except NameError as e:
                print("NameError", e)
        f()
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_matches_micropython(name):
    assert_ok(SNIPPETS[name])
