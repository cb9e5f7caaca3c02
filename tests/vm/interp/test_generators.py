"""Generators, yield from, send/throw/close, coroutines and await."""

import pytest

from tests.vm.interp.differential import assert_ok

SNIPPETS = {
    "simple_and_send": """
        def counter(n):
            i = 0
            while i < n:
                got = yield i
                if got is not None:
                    i = got
                i += 1
        g = counter(10)
        print(next(g), next(g), g.send(7), next(g))
        print(list(counter(3)))
    """,
    "return_value_and_stopiteration": """
        def g():
            yield 1
            return 42
        it = g()
        next(it)
        try:
            next(it)
        except StopIteration as e:
            print("stop", e.value, e.args)
    """,
    "yield_from": """
        def inner():
            x = yield 1
            print("inner got", x)
            y = yield 2
            print("inner got", y)
            return "inner-ret"
        def outer():
            r = yield from inner()
            print("outer got", r)
            yield from range(2)
        g = outer()
        print(next(g))
        print(g.send("a"))
        print(g.send("b"))
        print(list(g))
    """,
    "throw_and_close": """
        def g():
            try:
                yield 1
                yield 2
            except ValueError as e:
                print("caught", e)
                yield 3
            finally:
                print("cleanup")
        it = g()
        print(next(it))
        print(it.throw(ValueError("x")))
        it.close()
        it2 = g()
        next(it2)
        it2.close()
        def h():
            yield 1
        it3 = h()
        next(it3)
        try:
            it3.throw(KeyError("k"))
        except KeyError as e:
            print("propagated", repr(e))
    """,
    "delegated_throw": """
        def inner():
            try:
                yield 1
            except KeyError:
                yield "handled"
        def outer():
            yield from inner()
        g = outer()
        next(g)
        print(g.throw(KeyError))
    """,
    "generator_expressions_and_closures": """
        def gen(n):
            return (i * n for i in range(3))
        print(list(gen(2)), sum(x for x in range(5) if x % 2))
        gens = [(lambda k: (k * i for i in range(2)))(k) for k in range(3)]
        print([list(g) for g in gens])
    """,
    "coroutines_await": """
        class Later:
            def __iter__(self):
                v = yield "suspend"
                return v * 2
        async def add(a, b):
            x = await Later()
            return a + b + x
        async def main():
            r = await add(1, 2)
            return r
        c = main()
        print(c.send(None))
        try:
            c.send(10)
        except StopIteration as e:
            print("result", e.value)
    """,
    "async_with_and_for": """
        class AM:
            async def __aenter__(self):
                print("aenter")
                return self
            async def __aexit__(self, *a):
                print("aexit", a[0])
        class AI:
            def __init__(self):
                self.i = 0
            def __aiter__(self):
                return self
            async def __anext__(self):
                if self.i >= 2:
                    raise StopAsyncIteration
                self.i += 1
                return self.i
        async def main():
            async with AM() as m:
                print("in", type(m).__name__)
            async for v in AI():
                print("v", v)
        c = main()
        try:
            c.send(None)
        except StopIteration:
            print("done")
    """,
    "generator_in_loop_with_break": """
        def nat():
            n = 0
            try:
                while True:
                    yield n
                    n += 1
            finally:
                print("closed at", n)
        for x in nat():
            if x == 3:
                break
        print("x", x)
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_matches_micropython(name):
    assert_ok(SNIPPETS[name])
