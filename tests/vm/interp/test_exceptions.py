"""Exception handling and unwinding: try/except/else/finally, with, break/continue/return
through finally, re-raise, tracebacks of uncaught exceptions."""

import pytest

from tests.vm.interp.differential import assert_ok

SNIPPETS = {
    "except_match_and_as": """
        for exc in (ValueError("v"), KeyError("k"), TypeError("t")):
            try:
                raise exc
            except ValueError as e:
                print("VE", e)
            except (KeyError, IndexError) as e:
                print("LE", repr(e))
            except Exception as e:
                print("E", type(e).__name__, e)
    """,
    "else_and_finally": """
        def f(x):
            try:
                if x:
                    raise RuntimeError("r")
            except RuntimeError:
                print("except")
            else:
                print("else")
            finally:
                print("finally")
        f(0)
        f(1)
    """,
    "return_through_finally": """
        def f():
            try:
                return 1
            finally:
                print("fin")
        print(f())
        def g():
            try:
                return "try"
            finally:
                return "finally"
        print(g())
        def h():
            for i in range(3):
                try:
                    try:
                        return i
                    finally:
                        print("inner", i)
                finally:
                    print("outer", i)
        print(h())
    """,
    "break_continue_through_finally": """
        for i in range(4):
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                print("body", i)
            finally:
                print("fin", i)
        i = 0
        while True:
            i += 1
            try:
                try:
                    if i > 2:
                        break
                finally:
                    print("a", i)
            finally:
                print("b", i)
        print("end", i)
    """,
    "break_inside_finally_and_except": """
        for i in range(3):
            try:
                raise ValueError(i)
            except ValueError as e:
                print("caught", e)
                if i == 1:
                    break
        print("after", i)
        for i in range(3):
            try:
                pass
            finally:
                if i == 1:
                    break
        print("after2", i)
    """,
    "reraise": """
        def f():
            try:
                raise KeyError(1)
            except KeyError:
                print("handling")
                raise
        try:
            f()
        except KeyError as e:
            print("outer", repr(e))
        try:
            raise
        except RuntimeError as e:
            print("RE", e)
    """,
    "nested_handlers": """
        try:
            try:
                1 / 0
            except ZeroDivisionError:
                raise ValueError("from handler")
            finally:
                print("inner finally")
        except ValueError as e:
            print("outer", e)
        try:
            try:
                raise IndexError
            except KeyError:
                print("no")
        except IndexError:
            print("propagated")
    """,
    "exception_in_finally_replaces": """
        try:
            try:
                raise ValueError(1)
            finally:
                raise TypeError(2)
        except Exception as e:
            print(type(e).__name__, e)
    """,
    "with_statement": """
        class CM:
            def __init__(self, name, swallow=False):
                self.name = name
                self.swallow = swallow
            def __enter__(self):
                print("enter", self.name)
                return self
            def __exit__(self, t, v, tb):
                print("exit", self.name, t.__name__ if t else None, v)
                return self.swallow
        with CM("a") as c:
            print("body", c.name)
        with CM("b", True):
            raise ValueError("swallowed")
        try:
            with CM("c"):
                raise KeyError("k")
        except KeyError as e:
            print("caught", repr(e))
        def f():
            with CM("d"):
                return 5
        print(f())
        for i in range(2):
            with CM(i):
                if i == 0:
                    continue
                break
        with CM("x") as x, CM("y") as y:
            print(x.name, y.name)
    """,
    "raise_class_and_args": """
        try:
            raise ValueError
        except ValueError as e:
            print(repr(e), e.args)
        class MyErr(Exception):
            pass
        try:
            raise MyErr("mine")
        except Exception as e:
            print(type(e).__name__, e, isinstance(e, MyErr))
        try:
            raise 5
        except TypeError as e:
            print("TypeError", e)
    """,
    "host_messages": """
        for f in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: [][1],
                  lambda: {}["x"], lambda: 1 + "a", lambda: "a" < 1, lambda: undefined_x,
                  lambda: None(), lambda: [1].index(5), lambda: (1).foo,
                  lambda: -"a"):
            try:
                f()
            except Exception as e:
                print(type(e).__name__, e)
    """,
    "binding_errors": """
        def f(a, b): pass
        def g(a, b=1): pass
        def h(*, k): pass
        for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2),
                     lambda: g(), lambda: g(1, 2, 3), lambda: h(), lambda: h(1)):
            try:
                call()
            except TypeError as e:
                print(e)
    """,
    "uncaught_traceback": """
        def a():
            b()
        def b():
            raise ValueError("deep")
        a()
    """,
    "uncaught_after_handled": """
        try:
            raise KeyError(3)
        except KeyError:
            pass
        def f(x):
            return x[5]
        f([1])
    """,
    "stopiteration_in_generator_ends_it": """
        def g():
            yield 1
            next(iter([]))
            yield 2
        print(list(g()))
    """,
    "exception_in_loop_handler_state": """
        r = []
        for i in range(5):
            try:
                if i % 2:
                    raise ValueError(i)
                r.append(i)
            except ValueError as e:
                r.append(-i)
                continue
            finally:
                r.append("f")
        print(r)
    """,
    "value_attribute_of_every_exception": """
        class CE(BaseException):
            pass
        try:
            raise CE(1, 2)
        except CE as er:
            print(er.value, er.args)
        print(ValueError(5).value, KeyError().value, OSError(5).errno)
        class Holder:
            value = 3
        print(Holder().value)
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_matches_micropython(name):
    assert_ok(SNIPPETS[name])
