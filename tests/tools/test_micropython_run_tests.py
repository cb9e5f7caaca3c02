"""The invocations MicroPython's ``tests/run-tests.py`` makes of ``MICROPY_MICROPYTHON``.

run-tests runs every test as ``micropython -X emit=<emitter> [-X heapsize=N] /abs/test.py``
with the test's folder as cwd and stderr merged into stdout; a non-zero status marks a
CRASH; a test that prints ``SKIP`` and raises SystemExit is skipped.  At start-up it runs
small feature-check scripts as ``micropython check.py`` and compares their output
exactly; with ``--via-mpy`` it compiles with mpy-cross and runs ``micropython -m <name>``.
Each test below plays one of those conventions with a script of its own.
"""

import os
import subprocess
import sys

import pytest

from tools import micropython as cli


@pytest.fixture(scope="module")
def micropython(tmp_path_factory) -> str:
    """A ``micropython`` executable like ``build/unix/micropython``, on this interpreter."""
    path = tmp_path_factory.mktemp("bin") / "micropython"
    path.write_text(f'#!/bin/sh\n{cli.ARGV0_ENV}="$0" PYTHONPATH="{cli.REPO}" '
                    f'exec "{sys.executable}" -m tools.micropython "$@"\n')
    path.chmod(0o755)
    return str(path)


def run(micropython, *args, cwd=None, stdin=None, env=None):
    """Run like run-tests does: stdout and stderr through one pipe."""
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([micropython, *args], check=False, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, cwd=cwd, input=stdin, env=full_env,
                          timeout=120)


def test_a_test_runs_by_absolute_path_from_its_own_folder(micropython, tmp_path):
    (tmp_path / "helper.py").write_text("VALUE = 42\n")
    test = tmp_path / "uses_helper.py"
    test.write_text("import sys, helper\nprint(helper.VALUE, sys.argv[0] == __file__)\n")
    r = run(micropython, "-X", "emit=bytecode", str(test), cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, b"42 True\n")


def test_heapsize_option_sets_the_heap(micropython, tmp_path):
    r = run(micropython, "-X", "emit=bytecode", "-X", "heapsize=64k", "-c",
            "import gc; gc.collect(); print(gc.mem_free() + gc.mem_alloc() <= 65536)")
    assert (r.returncode, r.stdout) == (0, b"True\n")
    r = run(micropython, "-X", "heapsize=64k", "-c", "x = bytearray(100000)")
    assert r.returncode == 1 and r.stdout.splitlines()[-1].startswith(b"MemoryError")


def test_uncaught_exception_is_a_traceback_after_the_output_and_status_one(micropython,
                                                                           tmp_path):
    test = tmp_path / "bad.py"
    test.write_text("print('before')\ndef f():\n    raise ValueError('boom')\nf()\n")
    r = run(micropython, str(test))
    assert r.returncode == 1
    assert r.stdout.decode() == (
        f'before\nTraceback (most recent call last):\n  File "{test}", line 4, in <module>\n'
        f'  File "{test}", line 3, in f\nValueError: boom\n')


def test_stderr_prints_keep_their_place_among_stdout_prints(micropython):
    r = run(micropython, "-c", "import sys\nprint(1)\nprint(2, file=sys.stderr)\nprint(3)")
    assert r.stdout == b"1\n2\n3\n"


def test_skip_convention_prints_skip_and_exits_zero(micropython, tmp_path):
    test = tmp_path / "needs_x.py"
    test.write_text("try:\n    import no_such_module\nexcept ImportError:\n"
                    "    print('SKIP')\n    raise SystemExit\n")
    r = run(micropython, "-X", "emit=bytecode", str(test))
    assert (r.returncode, r.stdout) == (0, b"SKIP\n")


@pytest.mark.parametrize("code,status", [("raise SystemExit(3)", 3), ("import sys; sys.exit()", 0),
                                         ("raise SystemExit('message')", 1),
                                         ("raise SystemExit(256 + 7)", 7)])
def test_system_exit_sets_the_status_silently(micropython, code, status):
    r = run(micropython, "-c", code)
    assert (r.returncode, r.stdout) == (status, b"")


def test_feature_checks_print_what_the_unix_port_prints(micropython, tmp_path):
    """Features Mote has answer exactly as the unix port; missing ones fail (-> skipped)."""
    checks = {
        "print(1 << 100)\n": b"1267650600228229401496703205376\n",      # big ints
        "print({1})\n": b"{1}\n",                                      # set literals
        "print(slice, bytearray, complex)\n":
            b"<class 'slice'> <class 'bytearray'> <class 'complex'>\n",
        "async def f():\n    await 1\nprint('async')\n": b"async\n",
        "X = const(1)\nprint(X)\n": b"1\n",                            # MicroPython const
        "a = 1\nprint(f'a={a}')\n": b"a=1\n",
        "import sys\nprint(sys.byteorder, sys.platform)\n": b"little linux\n",
        "class A:\n    def __radd__(self, o):\n        return 'r'\nprint(1 + A())\n": b"r\n",
    }
    for i, (source, expected) in enumerate(checks.items()):
        script = tmp_path / f"check{i}.py"
        script.write_text(source)
        r = run(micropython, str(script))
        assert (r.returncode, r.stdout) == (0, expected), source


@pytest.mark.parametrize("decorator", ["micropython.native", "micropython.viper",
                                       "micropython.asm_thumb"])
def test_native_code_fails_like_a_build_without_native_emitters(micropython, tmp_path,
                                                                  decorator):
    script = tmp_path / "native.py"
    script.write_text(f"@{decorator}\ndef f():\n    pass\n\nf()\nprint('native')\n")
    r = run(micropython, str(script))
    assert r.returncode != 0 and b"native\n" not in r.stdout


@pytest.mark.parametrize("emit", ["native", "viper"])
def test_native_emitters_are_invalid_options(micropython, emit):
    r = run(micropython, "-X", f"emit={emit}", "-c", "print(1)")
    assert (r.returncode, r.stdout) == \
        (1, b"Invalid command line arguments. Use -h option for help.\n")


def test_via_mpy_runs_the_compiled_module_as_main(micropython, tmp_path):
    from tools.oracles import OracleMissing, mpy_cross_path
    try:
        mpy_cross = mpy_cross_path()
    except OracleMissing:
        pytest.skip("mpy-cross is not installed")
    src = tmp_path / "t.py"
    src.write_text("print(__name__, [x * 2 for x in range(3)])\n")
    subprocess.run([mpy_cross, "-o", str(tmp_path / "tmpabc.mpy"), "-X", "emit=bytecode",
                    str(src)], check=True)
    src.unlink()
    r = run(micropython, "-X", "emit=bytecode", "-m", "tmpabc", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, b"__main__ [0, 2, 4]\n")


def test_micropypath_is_the_module_search_path(micropython, tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "unittestish.py").write_text("NAME = 'from lib'\n")
    r = run(micropython, "-c", "import sys, unittestish\nprint(sys.path, unittestish.NAME)",
            env={"MICROPYPATH": f".frozen:{lib}"}, cwd=tmp_path)
    assert r.stdout == f"['', '.frozen', '{lib}'] from lib\n".encode()


def test_command_argv_and_stdin_program(micropython):
    r = run(micropython, "-c", "import sys; print(sys.argv)", "a", "b")
    assert r.stdout == b"['-c', 'a', 'b']\n"
    r = run(micropython, stdin=b"import sys\nprint(sys.argv, 6 * 7)\n")
    assert (r.returncode, r.stdout) == (0, b"[] 42\n")


def test_module_option_runs_a_package_main(micropython, tmp_path):
    pkg = tmp_path / "app"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("print('init')\n")
    (pkg / "__main__.py").write_text("import sys\nprint(__name__, sys.argv)\n")
    r = run(micropython, "-m", "app", "x", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, b"init\n__main__ ['app', 'x']\n")


def test_missing_script_exits_two_with_the_unix_port_message(micropython, tmp_path):
    r = run(micropython, "nope.py", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stdout == (f"{micropython}: can't open file 'nope.py': [Errno 2] "
                        f"No such file or directory\n").encode()


def test_inspect_enters_the_repl_after_the_program(micropython):
    r = run(micropython, "-i", "-c", "x = 20", stdin=b"x * 2\n")
    lines = r.stdout.decode().splitlines()
    assert r.returncode == 0
    assert lines[0].startswith("MicroPython ") and lines[0].endswith(" version")
    assert lines[2:] == [">>> x * 2", "40", ">>> "]


def test_optimisation_level_reaches_the_program(micropython):
    r = run(micropython, "-O", "-c", "import micropython; print(micropython.opt_level())")
    assert (r.returncode, r.stdout) == (0, b"1\n")


def test_repl_on_a_pseudo_terminal_echoes_and_evaluates(micropython):
    """run-tests drives cmdline/repl_*.py tests through a pty, line by line."""
    import pty
    import select
    master, slave = pty.openpty()
    p = subprocess.Popen([micropython], stdin=slave, stdout=slave, stderr=subprocess.STDOUT)
    os.close(slave)

    def read_until(marker: bytes) -> bytes:
        data = b""
        while marker not in data:
            ready, _, _ = select.select([master], [], [], 30)
            assert ready, data
            data += os.read(master, 1024)
        return data

    try:
        banner = read_until(b">>> ")
        os.write(master, b"1 + 2\r")
        answer = read_until(b">>> ")
        os.write(master, b"\x04")
        assert p.wait(30) == 0
    finally:
        os.close(master)
        if p.poll() is None:
            p.kill()
    assert banner.startswith(b"MicroPython ") and b" version\r" in banner
    assert answer.replace(b"\r", b"") == b"1 + 2\n3\n>>> "
