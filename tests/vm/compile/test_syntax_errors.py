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
