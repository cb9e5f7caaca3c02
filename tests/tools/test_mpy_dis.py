"""tools/mpy_dis.py lists an .mpy file as readable bytecode."""

import subprocess
import sys
from pathlib import Path

from tests.vm.mpy.corpus import SAMPLES, compile_text, compiled
from tools.mpy_dis import disassemble

REPO = Path(__file__).resolve().parents[2]


def test_listing_shows_tables_preludes_lines_and_symbolic_operands():
    data = compile_text("def add(a, b=1):\n    return a + b\n\nx = add(2)\ns = b'bytes'\n")
    text = disassemble(data, "t.mpy")
    assert "mpy version 6, arch none, small int bits 31" in text
    assert "qstrs (" in text and "'add'" in text
    assert "constants (1):" in text and "b'bytes'" in text
    assert "function add [0/0]" in text and "args: (a, b), 1 with defaults" in text
    assert "n_state=" in text
    assert "MAKE_FUNCTION_DEFARGS" in text and "child 0 (add)" in text
    assert "LOAD_FAST_MULTI(0)           0 (a)" in text
    assert "BINARY_OP_MULTI(ADD)" in text
    assert "STORE_NAME" in text and "(x)" in text
    # Line numbers: the call is on line 4 of the source.
    assert any(line.split()[:1] == ["4"] for line in text.splitlines())
    assert text.rstrip().endswith("validation: ok")


def test_jumps_show_their_targets():
    text = disassemble(compile_text("while x:\n    x -= 1\n"))
    assert "-> " in text


def test_native_code_is_summarised():
    text = disassemble(compiled(SAMPLES / "native.py", "-march=x64"))
    assert "native_py" in text and "native_viper" in text
    assert "validation: native code in .mpy unsupported" in text


def test_command_line(tmp_path):
    path = tmp_path / "f.mpy"
    path.write_bytes(compiled(SAMPLES / "features.py"))
    bad = tmp_path / "bad.mpy"
    bad.write_bytes(b"not an mpy")
    proc = subprocess.run([sys.executable, str(REPO / "tools" / "mpy_dis.py"), str(path),
                           str(bad)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "function flow" in proc.stdout
    assert "incompatible .mpy file" in proc.stderr
