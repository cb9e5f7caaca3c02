"""tools/mpy_cross.py behaves like the real mpy-cross on the command line."""

import io
import subprocess
import sys
from pathlib import Path

import pytest

from tools import mpy_cross as tool
from tools.oracles import mpy_cross as real_mpy_cross
from tools.oracles import mpy_cross_path

REPO = Path(__file__).resolve().parents[2]


class _Out(io.StringIO):
    """A text stream with a binary ``buffer`` like sys.stdout."""

    def __init__(self):
        super().__init__()
        self.buffer = io.BytesIO()


def run_ours(*args, stdin_text=""):
    out, err = _Out(), io.StringIO()
    code = tool.main(list(args), stdin=io.StringIO(stdin_text), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue(), out.buffer.getvalue()


def run_real(*args, cwd=None, stdin_text=""):
    proc = subprocess.run([mpy_cross_path(), *args], capture_output=True, cwd=cwd,
                          input=stdin_text.encode())
    return proc.returncode, proc.stdout, proc.stderr.decode()


def test_version_names_mote():
    code, out, err, _ = run_ours("--version")
    assert code == 0 and err == ""
    assert out.startswith("Mote v") and out.rstrip().endswith("mpy-cross emitting mpy v6.3")


@pytest.mark.parametrize("args", [(), ("a.py", "b.py")])
def test_input_count_errors_match_the_real_tool(args, tmp_path, monkeypatch):
    code, out, err, _ = run_ours(*args)
    rcode, rout, rerr = run_real(*args, cwd=tmp_path)
    assert (code, out, err) == (rcode, rout.decode(), rerr)


@pytest.mark.parametrize("args", [("-z", "a.py"), ("-o",), ("-X", "foo", "a.py"),
                                  ("-march=nonsense", "a.py"), ("--bogus", "a.py"),
                                  ("-X", "emit=asm", "a.py")])
def test_bad_options_print_usage_on_stdout(args, tmp_path, monkeypatch):
    code, out, err, _ = run_ours(*args)
    rcode, rout, rerr = run_real(*args, cwd=tmp_path)
    assert code == rcode == 1
    assert out.startswith("usage: ") and rout.startswith(b"usage: ")
    assert err == rerr == ""


def test_missing_file_is_reported_like_the_real_tool(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run_ours("nope.py")[:3] == (1, "", "OSError: (2, \"can't open nope.py\")\n")
    rcode, _, rerr = run_real("nope.py", cwd=tmp_path)
    assert (rcode, rerr) == (1, "OSError: (2, \"can't open nope.py\")\n")


@pytest.mark.parametrize("emit", ["native", "viper"])
def test_native_emitters_are_a_clear_error(emit):
    code, out, err, _ = run_ours("-march=x64", "-X", f"emit={emit}", "a.py")
    assert code == 1 and out == ""
    assert "only emits bytecode" in err


@pytest.mark.parametrize("args,message", [
    (("-b", "5", "a.py"), "only bytecode version 6"),
    (("-c", "1.12", "a.py"), "--compat is not supported"),
    (("-msmall-int-bits=63", "a.py"), "only 31"),
    (("-X", "no-source-lines", "a.py"), "no-source-lines is not supported"),
])
def test_unsupported_options_are_clear_errors(args, message):
    code, out, err, _ = run_ours(*args)
    assert code == 1 and out == "" and message in err


def test_option_parsing():
    o = tool.parse_args(["-o", "out.mpy", "-s", "name.py", "-O2", "-march=armv7m",
                         "-march-flags=zba", "-X", "emit=bytecode", "-X", "heapsize=1000",
                         "-v", "--", "-weird.py"])
    assert (o.output, o.source_name, o.opt_level, o.arch, o.arch_flags, o.input) == \
        ("out.mpy", "name.py", 2, "armv7m", "zba", "-weird.py")
    assert tool.parse_args(["-O", "x.py"]).opt_level == 1
    assert tool.parse_args(["-OOO", "x.py"]).opt_level == 3


def test_syntax_error_is_printed_as_the_real_tool_prints_it(tmp_path, monkeypatch):
    src = tmp_path / "broken.py"
    src.write_text("x = 1\ny = = 2\nz = 3\n")
    monkeypatch.chdir(tmp_path)
    code, out, err, _ = run_ours("broken.py")
    rcode, rout, rerr = run_real("broken.py", cwd=tmp_path)
    assert (code, out, err) == (rcode, rout.decode(), rerr)
    assert err.startswith("Traceback (most recent call last):\n  File \"broken.py\", line ")
    assert not (tmp_path / "broken.mpy").exists()


PROGRAMS = {
    "simple.py": "x = 1\nprint(x + 2)\n",
    "funcs.py": "def f(a, b=2, *c, d, **e):\n    return a, b, c, d, e\nprint(f(1, d=4))\n",
    "loops.py": "t = 0\nfor i in range(10):\n    if i % 3:\n        continue\n    t += i\n"
                "while t:\n    t -= 1\nprint(t)\n",
    "classes.py": "class A:\n    def __init__(self, v):\n        self.v = v\n"
                  "    def get(self):\n        return self.v\nprint(A(3).get())\n",
    "excepts.py": "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('z', e)\n"
                  "finally:\n    print('f')\n",
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_output_is_byte_identical_to_the_real_tool(name, tmp_path, monkeypatch):
    (tmp_path / name).write_text(PROGRAMS[name])
    monkeypatch.chdir(tmp_path)
    assert run_ours(name)[0] == 0
    ours = (tmp_path / name.replace(".py", ".mpy")).read_bytes()
    assert real_mpy_cross(tmp_path / name, tmp_path / "real.mpy", "-s", name).returncode == 0
    assert ours == (tmp_path / "real.mpy").read_bytes()


def test_o_s_and_march_options_end_to_end(tmp_path, monkeypatch):
    (tmp_path / "m.py").write_text(PROGRAMS["funcs.py"])
    monkeypatch.chdir(tmp_path)
    assert run_ours("-o", "ours.mpy", "-s", "other.py", "-march=x64", "m.py")[0] == 0
    rcode, _, _ = run_real("-o", "real.mpy", "-s", "other.py", "-march=x64", "m.py",
                           cwd=tmp_path)
    assert rcode == 0
    assert (tmp_path / "ours.mpy").read_bytes() == (tmp_path / "real.mpy").read_bytes()


def test_stdin_to_stdout():
    code, out, err, data = run_ours("-", stdin_text="print(1)\n")
    rcode, rdata, rerr = run_real("-", stdin_text="print(1)\n")
    assert (code, err) == (rcode, rerr) == (0, "")
    assert data == rdata


def test_runs_as_a_script(tmp_path, monkeypatch):
    (tmp_path / "p.py").write_text("print(1)\n")
    proc = subprocess.run([sys.executable, str(REPO / "tools" / "mpy_cross.py"), "p.py"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "p.mpy").read_bytes()[:2] == b"M\x06"
