"""Exception texts and tracebacks in MicroPython's format."""

import io

from vm.runtime.exceptions import (EXCEPTIONS, add_traceback, format_traceback,
                                   print_exception, to_vm_exception)
from vm.runtime.repr import repr_value, str_value

from .oracle import real_outcomes


def test_traceback_lists_outermost_call_first():
    exc = ValueError("deep")
    add_traceback(exc, "x.py", 6, "f")
    add_traceback(exc, "x.py", 8, "g")
    add_traceback(exc, "x.py", 10, "<module>")
    assert format_traceback(exc) == (
        'Traceback (most recent call last):\n  File "x.py", line 10, in <module>\n'
        '  File "x.py", line 8, in g\n  File "x.py", line 6, in f\nValueError: deep\n')


def test_print_exception_matches_the_real_vm_for_frameless_exceptions():
    values = ["ValueError()", "ValueError('m')", "KeyError('k')", "KeyError(1, 2)",
              "Exception('a', 1)", "StopIteration(3)", "IndexError(1)"]
    probe = "import sys, io\n" + "".join(
        f"s = io.StringIO(); sys.print_exception({v}, s); print(repr(s.getvalue()))\n"
        for v in values)
    from tools.oracles import wasm_run
    real = wasm_run(probe).stdout.splitlines()
    ours = []
    for v in values:
        s = io.StringIO()
        print_exception(eval(v), s)
        ours.append(repr(s.getvalue()))
    assert ours == real


def test_exception_reprs_and_strs_match_micropython():
    values = ["ValueError('x')", "ValueError()", "ValueError(1, 2)", "KeyError('k')",
              "StopIteration(5)", "Exception('a', 1)"]
    real = real_outcomes([f"(repr({v}), str({v}))" for v in values])
    ours = [repr_value((repr_value(eval(v)), str_value(eval(v)))) for v in values]
    assert ours == real


def test_oserror_names_linux_errno_like_the_unix_port():
    assert str_value(OSError(2)) == "[Errno 2] ENOENT"
    assert str_value(OSError(2, "no file")) == "[Errno 2] ENOENT: no file"
    assert str_value(OSError(99999)) == "99999"
    assert repr_value(OSError(2, "x")) == "OSError(2, 'x')"


def test_host_only_errors_become_micropython_ones():
    assert str(to_vm_exception(ZeroDivisionError("division by zero"))) == "divide by zero"
    rec = to_vm_exception(RecursionError("maximum recursion depth exceeded while calling"))
    assert type(rec) is RuntimeError and str(rec) == "maximum recursion depth exceeded"
    fnf = to_vm_exception(FileNotFoundError(2, "No such file"))
    assert type(fnf) is OSError and fnf.args[0] == 2


def test_builtin_exception_names_are_micropythons():
    from .oracle import wasm_run
    real = wasm_run("import builtins\nprint(sorted(n for n in dir(builtins) "
                    "if n[0].isupper() and n.endswith(('Error', 'Exception', 'Exit', "
                    "'Interrupt', 'Iteration'))))").stdout.strip()
    assert repr_value(sorted(EXCEPTIONS)) == real
