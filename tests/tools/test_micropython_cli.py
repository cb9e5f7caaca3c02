"""The ``micropython`` command's command line, as the unix port's ``main.c`` reads it."""

import subprocess
import sys

import pytest

from tools import micropython as cli


def test_options_stop_at_the_script_and_the_rest_is_its_argv():
    o = cli.parse_args(["-X", "emit=bytecode", "-X", "heapsize=512k", "-O2", "s.py", "a", "-c"])
    assert (o.script, o.args, o.heapsize, o.opt_level, o.emit) == \
        ("s.py", ["a", "-c"], 512 * 1024, 2, "bytecode")


def test_command_and_module_take_the_rest_of_the_line():
    o = cli.parse_args(["-c", "print(1)", "x", "-i"])
    assert (o.command, o.args, o.inspect) == ("print(1)", ["x", "-i"], False)
    o = cli.parse_args(["-i", "-m", "mod", "y"])
    assert (o.module, o.args, o.inspect) == ("mod", ["y"], True)


@pytest.mark.parametrize("arg,level", [("-O", 1), ("-OO", 2), ("-OOO", 3), ("-O3", 3),
                                       ("-O0", 0)])
def test_optimisation_level_is_counted_or_given(arg, level):
    assert cli.parse_args([arg, "f.py"]).opt_level == level


@pytest.mark.parametrize("text,size", [
    ("100000", 100000), ("2k", 2048), ("2K", 2048), ("3M", 3 << 20), ("3m", 3 << 20),
    ("0x1000", 4096),            # a C integer: hex ...
    ("010000", 4096),            # ... and octal
    ("4wk", 4 * 1024 * 2),       # w: 32-bit words scaled to the board's 64-bit words
])
def test_heapsize_is_read_like_the_unix_port(text, size):
    assert cli.parse_heapsize(text) == size


@pytest.mark.parametrize("text", ["12", "1kb", "k", "64x"])
def test_heapsize_too_small_or_malformed_is_refused(text):
    with pytest.raises(cli.UsageError):
        cli.parse_heapsize(text)


@pytest.mark.parametrize("argv", [["-X", "bogus"], ["-X"], ["-X", "emit=native"],
                                  ["-X", "emit=viper"], ["-q"], ["-c"], ["-m"]])
def test_bad_command_lines_are_usage_errors(argv):
    with pytest.raises(cli.UsageError):
        cli.parse_args(argv)


def test_sys_path_comes_from_micropypath_with_home_expanded():
    assert cli.sys_path({"MICROPYPATH": "/a:~/b", "HOME": "/home/u"}) == ["", "/a", "/home/u/b"]
    assert cli.sys_path({"MICROPYPATH": ":x"}) == ["", "x"]
    assert cli.sys_path({"MICROPYPATH": ""}) == [""]
    assert cli.sys_path({"HOME": "/h"}) == \
        ["", ".frozen", "/h/.micropython/lib", "/usr/lib/micropython"]


def test_banner_matches_what_run_tests_repl_checks_expect():
    first, second = cli.banner().splitlines()
    assert first.startswith("MicroPython ") and first.endswith(" version")
    assert second == "Use Ctrl-D to exit, Ctrl-E for paste mode"


@pytest.mark.parametrize("src,more", [("if x:", True), ("f(1,", True), ("x = 1", False),
                                      ("s = '''a", True), ("for i in r:\n    pass", True),
                                      ("for i in r:\n    pass\n", False), ("d = {", True)])
def test_repl_asks_for_more_lines_like_micropython(src, more):
    assert cli.needs_more(src) is more


def test_launcher_runs_the_module_and_passes_its_own_name(tmp_path):
    path = cli.install_launcher(tmp_path / "micropython")
    text = path.read_text()
    assert text.startswith("#!/bin/sh") and "-m tools.micropython" in text
    assert f'{cli.ARGV0_ENV}="$0"' in text
    assert path.stat().st_mode & 0o111


def test_help_exits_zero():
    r = subprocess.run([sys.executable, "-m", "tools.micropython", "-h"], check=False,
                       capture_output=True, text=True, cwd=cli.REPO)
    assert r.returncode == 0 and "usage: " in r.stdout and "emit=bytecode" in r.stdout
