"""The real ``mpremote`` (from the package index) against an emulated pyboard over a pty.

``mote run --board pyboard --console pty`` serves the board; each test runs one mpremote
command on ``connect <pty>`` exactly as a user would against a real board's USB serial
port.  mpremote drives the raw REPL and raw-paste mode, and its ``fs`` commands run
``os``/``open`` code on the board: together they check the protocols end to end.
"""

import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.firmware.console.running import served

MPREMOTE = str(Path(sys.executable).with_name("mpremote"))


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    with served(tmp_path_factory.mktemp("mpremote")) as (path, _proc):
        yield path


def mpremote(board, *args, check=True):
    proc = subprocess.run([MPREMOTE, "connect", board, *args], check=False, capture_output=True,
                          text=True, timeout=60)
    if check:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def test_exec(board):
    assert mpremote(board, "exec", "print('hello', 6 * 7)").stdout == "hello 42\n"


def test_exec_reports_a_device_error_with_its_traceback(board):
    proc = mpremote(board, "exec", "import nosuchmodule", check=False)
    assert proc.returncode == 1
    assert "ImportError: no module named 'nosuchmodule'" in proc.stdout + proc.stderr


def test_eval(board):
    assert mpremote(board, "eval", "[x * x for x in range(4)]").stdout == "[0, 1, 4, 9]\n"


def test_run(board, tmp_path):
    script = tmp_path / "script.py"
    script.write_text("import sys\nprint(sys.platform, sum(range(10)))\n")
    assert mpremote(board, "run", str(script)).stdout == "pyboard 45\n"


def test_cp_to_the_board_then_cat(board, tmp_path):
    src = tmp_path / "up.txt"
    src.write_text("line one\nline two\n")
    mpremote(board, "cp", str(src), ":up.txt")
    assert mpremote(board, "cat", ":up.txt").stdout == "line one\nline two\n"


def test_cp_from_the_board(board, tmp_path):
    mpremote(board, "exec", "f = open('down.bin', 'wb'); f.write(bytes(range(256)) * 3); "
                            "f.close()")
    dest = tmp_path / "down.bin"
    mpremote(board, "cp", ":down.bin", str(dest))
    assert dest.read_bytes() == bytes(range(256)) * 3


def test_ls(board):
    mpremote(board, "exec", "f = open('listed.txt', 'w'); f.write('12345'); f.close()")
    out = mpremote(board, "ls").stdout
    assert out.splitlines()[0] == "ls :"
    assert "           5 listed.txt" in out.splitlines()


def test_mkdir(board):
    mpremote(board, "mkdir", ":newdir")
    assert mpremote(board, "eval", "__import__('os').stat('newdir')[0] & 0x4000 != 0"
                    ).stdout == "True\n"


def test_rm(board):
    mpremote(board, "exec", "open('doomed.txt', 'w').close()")
    mpremote(board, "rm", ":doomed.txt")
    assert mpremote(board, "eval", "'doomed.txt' in __import__('os').listdir()"
                    ).stdout == "False\n"


def test_fs_tree(board):
    mpremote(board, "exec", "import os\nos.mkdir('tree')\nos.mkdir('tree/sub')\n"
                            "open('tree/sub/leaf.py', 'w').close()")
    out = mpremote(board, "fs", "tree", ":tree").stdout
    assert out.splitlines() == ["tree :tree", ":tree", "└── sub", "    └── leaf.py"]


def test_soft_reset(board):
    mpremote(board, "exec", "import gc\nmarker = 1")
    mpremote(board, "soft-reset")
    assert mpremote(board, "eval", "'marker' in globals()").stdout == "False\n"


def test_repl_with_ctrl_right_bracket_to_exit(board):
    child = pexpect.spawn(MPREMOTE, ["connect", board, "repl"], timeout=20,
                          encoding="utf-8")
    child.expect_exact("Connected to MicroPython at " + board)
    child.expect_exact("Use Ctrl-] or Ctrl-x to exit this shell")
    child.send("\r")
    child.expect_exact(">>> ")
    child.send("print('in the repl', 2 ** 8)\r")
    child.expect_exact("in the repl 256")
    child.expect_exact(">>> ")
    child.send("\x1d")  # Ctrl-]
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
