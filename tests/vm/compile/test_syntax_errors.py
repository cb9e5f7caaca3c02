"""Bad source raises SyntaxError with the message mpy-cross 1.29 prints."""

import subprocess

import pytest

from tools.oracles import mpy_cross_path
from vm.compile import compile_source

CASES = [
    ("break\n", "'break'/'continue' outside loop"),
    ("continue\n", "'break'/'continue' outside loop"),
    ("return 1\n", "'return' outside function"),
    ("1 = x\n", "can't assign to expression"),
    ("*x = 1\n", "can't assign to expression"),
    ("def f():\n  x = 1\n  global x\n", "identifier redefined as global"),
    ("def f(a=1, b): pass\n", "non-default argument follows default argument"),
    ("def f(a, a): pass\n", "argument name reused"),
    ("await x\n", "'await' outside function"),
    ("yield 1\n", "'yield' outside function"),
    ("nonlocal x\n", "can't declare nonlocal in outer code"),
    ("del 1\n", "can't delete expression"),
    ("match x:\n case 1: pass\n", "invalid syntax"),
    ("x = (1\n", "invalid syntax"),
    ("if 1:\n    x\n  y\n", "unindent doesn't match any outer indent level"),
]


@pytest.mark.parametrize("source,message", CASES)
def test_message_matches_mpy_cross(source, message, tmp_path):
    with pytest.raises(SyntaxError) as info:
        compile_source(source, "se.py")
    assert info.value.msg == message
    assert info.value.filename == "se.py"
    (tmp_path / "se.py").write_text(source)
    proc = subprocess.run([mpy_cross_path(), "se.py"], cwd=tmp_path, capture_output=True,
                          text=True)
    assert proc.returncode == 1
    assert (proc.stdout + proc.stderr).strip().splitlines()[-1].endswith(": " + message)


# Sources whose report mpy-cross places on a line, or in a scope, that the host parser
# would not give: each is compiled by both and the "File ..., line N[, in scope]" compared.
WHERE_CASES = {
    "unclosed_at_eof": "x = (1,\n",
    "unclosed_no_newline": "x = (1,",
    "unclosed_blank_lines": "x = [1,\n\n\n",
    "unclosed_then_bad_token": "x = (1,\ny = 2\n",
    "unindent_after_blank": "if True:\n        x = 1\n\n\n    y = 2\n",
    "unindent_after_comment": "if True:\n        x = 1 # c\n  # c2\n    y = 2\n",
    "unexpected_indent": "x = 1\n\n    y = 2\n",
    "kwarg_then_positional": "x = 1\nf(x=1, y)\n",
    "kwarg_then_star_star": "f(**a, 2)\n",
    "augassign_call": "x = 1\nf() += 1\n",
    "assign_in_function": "def f():\n  x = 1\n  f() = 1\n",
    "default_order_in_class": "x = 1\nclass C:\n  def f(self, a=1, b):\n    pass\n",
    "native_decorator": "x = 1\ny = 2\n@micropython.native\ndef f(): pass\n",
    "native_alone_in_class": "x = 1\nclass C:\n  @micropython.viper\n  def f(): pass\n",
    "native_alone_in_if": "x = 1\nif x:\n  @micropython.asm_thumb\n  def f(): pass\n",
    "unknown_decorator": "@micropython.foo\ndef f(): pass\n",
    "nonlocal_missing": "def f():\n  x = 1\n  def g():\n    nonlocal y\n",
    "return_in_class": "x = 1\nclass C:\n  return 1\n",
    "not_a_constant": "from micropython import const\nX = const(f())\n",
}


def _where(report: str) -> tuple[str, str]:
    lines = report.strip().splitlines()
    return lines[-2].strip(), lines[-1]


@pytest.mark.parametrize("name", sorted(WHERE_CASES))
def test_line_and_scope_match_mpy_cross(name, tmp_path):
    from tools import mpy_cross as ours

    source = WHERE_CASES[name]
    (tmp_path / "se.py").write_text(source)
    proc = subprocess.run([mpy_cross_path(), "se.py"], cwd=tmp_path, capture_output=True,
                          text=True)
    assert proc.returncode == 1
    with pytest.raises(SyntaxError) as info:
        compile_source(source, "se.py")
    assert _where(ours._traceback(info.value, "se.py")) == _where(proc.stderr)
