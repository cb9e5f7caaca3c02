"""The VM class: running sources and scripts, eval/exec/compile, the REPL entry point."""

import io

from vm.runtime.vm import VM


def _vm():
    out = io.StringIO()
    vm = VM(stdout=out)
    vm.use_mpy_cross = True
    return vm, out


def test_exec_source_returns_the_module_globals():
    vm, out = _vm()
    g = vm.exec_source("a = 1\nb = a + 1\n")
    assert (g["a"], g["b"], g["__name__"]) == (1, 2, "__main__")
    assert vm.modules["__main__"].__dict__ is g


def test_eval_exec_and_compile_from_vm_code():
    vm, out = _vm()
    vm.exec_source("print(eval('x + 1', {'x': 1}))\nexec('z = 9')\nprint(z)\n"
                   "c = compile('2 * 3', 'f', 'eval')\nprint(eval(c))\n")
    assert out.getvalue() == "2\n9\n6\n"


def test_repl_line_prints_expression_values_only():
    vm, out = _vm()
    for line in ("x = 3", "x * 2", "None", "[x]"):
        vm.eval_repl_line(line)
    assert out.getvalue() == "6\n[3]\n"


def test_run_main_exit_codes_and_traceback(tmp_path):
    ok = tmp_path / "ok.py"
    ok.write_text("print('hi')\n")
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    1/0\nf()\n")
    leave = tmp_path / "leave.py"
    leave.write_text("import sys\nsys.exit(3)\n")
    vm, out = _vm()
    assert vm.run_main(str(ok)) == 0
    assert vm.run_main(str(leave)) == 3
    vm2, out2 = _vm()
    assert vm2.run_main(str(bad)) == 1
    assert out.getvalue() == "hi\n"
    assert out2.getvalue() == (f'Traceback (most recent call last):\n  File "{bad}", line 3, '
                               f'in <module>\n  File "{bad}", line 2, in f\n'
                               "ZeroDivisionError: divide by zero\n")


def test_builtin_modules_import_lazily_and_once():
    vm, out = _vm()
    vm.exec_source("import math, sys\nimport ujson\nprint(math.sqrt(4), 'math' in sys.modules)\n")
    assert out.getvalue() == "2.0 True\n"
    assert vm.import_module("math") is vm.modules["math"]
