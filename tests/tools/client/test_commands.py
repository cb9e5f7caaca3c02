"""The `mote` board subcommands, run as a user runs them, against an emulated pyboard."""

import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tools.hil.target import EmulatorTarget

REPO = Path(__file__).resolve().parents[3]
MOTE = [sys.executable, "-m", "tools.mote"]


@pytest.fixture(scope="module")
def port():
    target = EmulatorTarget("pyboard", console="pty")
    target.start()
    # The commands open the port themselves: hand it over.
    target.board.link.close()
    yield target.board.link.port
    target.stop()


def mote(*args, port=None, input=None):
    cmd = MOTE + [args[0]] + (["--port", port] if port else []) + list(args[1:])
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60,
                          input=input)


def test_exec_streams_output_and_fails_with_the_device_traceback(port):
    ok = mote("exec", "for i in range(3): print(i)", port=port)
    assert (ok.returncode, ok.stdout) == (0, "0\n1\n2\n")
    bad = mote("exec", "print('x')\nimport nosuchmodule", port=port)
    assert bad.returncode == 1
    assert bad.stdout == "x\n"
    assert bad.stderr.endswith("ImportError: no module named 'nosuchmodule'\n")
    assert "Traceback (most recent call last):" in bad.stderr


def test_eval_prints_the_repr(port):
    proc = mote("eval", "'ab' * 2, 1 + 1", port=port)
    assert (proc.returncode, proc.stdout) == (0, "('abab', 2)\n")


def test_run_file_runs_a_local_script(port, tmp_path):
    script = tmp_path / "s.py"
    script.write_text("import sys\nprint(sys.implementation.name)\n")
    proc = mote("run-file", str(script), port=port)
    assert (proc.returncode, proc.stdout) == (0, "micropython\n")


def test_files_through_cp_ls_cat_mkdir_rm(port, tmp_path):
    local = tmp_path / "data.bin"
    local.write_bytes(bytes(range(256)))
    assert mote("mkdir", ":cmd_dir", port=port).returncode == 0
    assert mote("cp", str(local), ":cmd_dir/", port=port).returncode == 0
    listing = mote("ls", ":cmd_dir", port=port)
    assert listing.stdout == "         256 data.bin\n"
    assert "cmd_dir/" in mote("ls", port=port).stdout
    cat = subprocess.run(MOTE + ["cat", "--port", port, ":cmd_dir/data.bin"], cwd=REPO,
                         capture_output=True, timeout=60)
    assert cat.stdout == bytes(range(256))
    fetched = tmp_path / "fetched"
    fetched.mkdir()
    assert mote("cp", ":cmd_dir/data.bin", str(fetched), port=port).returncode == 0
    assert (fetched / "data.bin").read_bytes() == bytes(range(256))
    assert mote("rm", "-r", ":cmd_dir", port=port).returncode == 0
    assert "cmd_dir" not in mote("ls", port=port).stdout


def test_cp_recursive_both_ways(port, tmp_path):
    tree = tmp_path / "app"
    (tree / "lib").mkdir(parents=True)
    (tree / "main.py").write_text("print('main')\n")
    (tree / "lib" / "util.py").write_text("X = 1\n")
    assert mote("cp", "-r", str(tree), ":", port=port).returncode == 0
    back = tmp_path / "back"
    assert mote("cp", "-r", ":app", str(back), port=port).returncode == 0
    assert (back / "lib" / "util.py").read_text() == "X = 1\n"
    assert mote("rm", "-r", ":app", port=port).returncode == 0


def test_errors_are_one_line_messages(port, tmp_path):
    missing = mote("cat", ":no_such_file", port=port)
    assert (missing.returncode, missing.stderr) == (
        1, "mote cat: no_such_file: No such file or directory\n")
    both_local = mote("cp", str(tmp_path), str(tmp_path), port=port)
    assert both_local.returncode == 1 and "must be on the board" in both_local.stderr
    no_port = subprocess.run(MOTE + ["ls"], cwd=REPO, capture_output=True, text=True,
                             timeout=60, env={"PATH": "/usr/bin"})
    assert no_port.returncode == 1
    assert no_port.stderr == "mote ls: no port given (use --port or set MOTE_PORT)\n"
    bad_port = mote("ls", port="/dev/no-such-tty")
    assert bad_port.returncode == 1
    assert bad_port.stderr.startswith("mote ls: could not open port /dev/no-such-tty")
    assert "Traceback" not in bad_port.stderr


def test_repl_passes_a_terminal_through_and_ctrl_bracket_exits(port):
    child = pexpect.spawn(MOTE[0], MOTE[1:] + ["repl", "--port", port], cwd=str(REPO),
                          timeout=20)
    try:
        child.expect("exit with Ctrl-]")
        child.send("\r")
        child.expect(">>> ")
        child.send("6 * 7\r")
        child.expect("42\r\n>>> ")
        child.send("\x05")  # Ctrl-E: the board's paste mode, passed through untouched
        child.expect("paste mode")
        child.send("a = 5\rprint(a + 1)\r\x04")
        child.expect("6\r\n>>> ")
        child.send("\x1d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
