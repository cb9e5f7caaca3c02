"""The ``micropython`` command: unix-port command line, launcher and behaviour."""

import subprocess
import sys

import pytest

from tools import micropython as cli


def test_options_follow_the_unix_port():
    o = cli.parse_args(["-X", "emit=bytecode", "-X", "heapsize=512k", "-O2", "s.py", "a", "-c"])
    assert (o.script, o.args, o.heapsize, o.opt_level, o.emit) == \
        ("s.py", ["a", "-c"], 512 * 1024, 2, "bytecode")
    assert cli.parse_args(["-c", "print(1)", "x"]).command == "print(1)"
    assert cli.parse_args(["-m", "mod", "y"]).module == "mod"
    assert cli.parse_args(["-i", "-OO", "f.py"]).inspect
    assert cli.parse_args(["-OO", "f.py"]).opt_level == 2


@pytest.mark.parametrize("text,size", [("100", 100), ("2k", 2048), ("3M", 3 << 20),
                                       ("4wk", 4 * 8 * 1024)])
def test_heapsize_suffixes(text, size):
    assert cli.parse_heapsize(text) == size


def test_bad_option_is_a_usage_error():
    with pytest.raises(cli.UsageError):
        cli.parse_args(["-X", "bogus"])


@pytest.mark.parametrize("src,more", [("if x:", True), ("f(1,", True), ("x = 1", False),
                                      ("s = '''a", True), ("for i in r:\n    pass", True),
                                      ("for i in r:\n    pass\n", False), ("d = {", True)])
def test_repl_asks_for_more_lines_like_micropython(src, more):
    assert cli.needs_more(src) is more


def test_launcher_runs_the_module(tmp_path):
    path = cli.install_launcher(tmp_path / "micropython")
    text = path.read_text()
    assert text.startswith("#!/bin/sh") and "-m tools.micropython" in text
    assert path.stat().st_mode & 0o111


def test_help_exits_zero():
    r = subprocess.run([sys.executable, "-m", "tools.micropython", "-h"], capture_output=True,
                       text=True, cwd=cli.REPO)
    assert r.returncode == 0 and "usage: micropython" in r.stdout


def _run(*args, stdin=None):
    pytest.importorskip("vm.runtime.vm")  # the engine's VM class (lands in parallel)
    return subprocess.run([sys.executable, "-m", "tools.micropython", *args],
                          capture_output=True, text=True, cwd=cli.REPO, input=stdin,
                          timeout=60)


def test_command_prints_and_exits_zero():
    r = _run("-c", "print(1 + 1)")
    assert (r.stdout, r.returncode) == ("2\n", 0)


def test_uncaught_exception_prints_micropython_traceback_and_exits_one(tmp_path):
    script = tmp_path / "bad.py"
    script.write_text("def f():\n    raise ValueError('boom')\nf()\n")
    r = _run(str(script))
    assert r.returncode == 1
    assert r.stderr == (f'Traceback (most recent call last):\n  File "{script}", line 3, '
                        f'in <module>\n  File "{script}", line 2, in f\nValueError: boom\n')


def test_sys_exit_code_is_the_exit_status():
    assert _run("-c", "import sys; sys.exit(3)").returncode == 3
