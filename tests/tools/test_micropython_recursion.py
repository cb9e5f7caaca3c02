"""Runaway recursion is a MicroPython ``RuntimeError``, never a host crash.

Each program runs in its own ``micropython`` process, which must report the error the
MicroPython way and keep going (or exit 1 with a traceback when it is uncaught).
"""

import subprocess
import sys

import pytest

from tools import micropython as cli

RECURSION = "RuntimeError: maximum recursion depth exceeded"


def run(source: str, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tools.micropython", *options, "-c", source],
                          check=False, capture_output=True, text=True, cwd=cli.REPO, timeout=300)


def test_deep_python_recursion_is_caught_and_the_program_goes_on():
    r = run("def f(n):\n    return f(n + 1)\n"
            "try:\n    f(0)\nexcept RuntimeError as e:\n    print('caught:', e)\n"
            "print(sum(range(10)))\n")
    assert (r.returncode, r.stdout, r.stderr) == \
        (0, "caught: maximum recursion depth exceeded\n45\n", "")


def test_uncaught_deep_recursion_is_a_traceback_and_status_one():
    r = run("def f():\n    f()\nf()\n")
    assert r.returncode == 1
    assert r.stderr.startswith("Traceback (most recent call last):\n")
    assert r.stderr.endswith('  File "<stdin>", line 2, in f\n' + RECURSION + "\n")


@pytest.mark.parametrize("build", ["l = [1]\nl.append(l)", "l = {}\nl[1] = l",
                                   "l = [[]]\nl[0].append(l)"])
def test_printing_a_container_that_contains_itself(build):
    r = run(build + "\ntry:\n    print(l)\nexcept RuntimeError as e:\n    print(e)\n"
            "print('alive')\n")
    assert (r.returncode, r.stdout) == (0, "maximum recursion depth exceeded\nalive\n")


def test_deeply_nested_iterators_do_not_crash_the_host():
    """``map(f, map(f, ...))`` 200,000 deep crashes CPython; here it runs to the end."""
    r = run("f = lambda x: x\nit = iter([1, 2])\nfor i in range(200000):\n"
            "    it = map(f, it)\ntry:\n    print(list(it))\nexcept RuntimeError as e:\n"
            "    print(e)\nprint('alive')\n", "-X", "heapsize=256m")
    assert r.returncode == 0 and r.stdout.endswith("alive\n")
    assert r.stdout in ("[1, 2]\nalive\n", "maximum recursion depth exceeded\nalive\n")


def test_deeply_nested_map_is_a_recursion_error():
    r = run("f = lambda x: x\nit = iter([1, 2])\nfor i in range(10000):\n"
            "    it = map(f, it)\ntry:\n    print(list(it))\nexcept RuntimeError as e:\n"
            "    print(e)\nprint('alive')\n")
    assert (r.returncode, r.stdout) == (0, "maximum recursion depth exceeded\nalive\n")


def test_ctrl_c_is_keyboard_interrupt_in_the_running_program():
    import signal
    import time
    program = ("import sys\nprint('ready')\nsys.stdout.flush()\n"
               "try:\n    while True:\n        pass\n"
               "except KeyboardInterrupt:\n    print('interrupted')\n")
    p = subprocess.Popen([sys.executable, "-m", "tools.micropython", "-c", program],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         cwd=cli.REPO)
    try:
        assert p.stdout.readline() == "ready\n"
        time.sleep(0.2)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=60)
    finally:
        if p.poll() is None:
            p.kill()
    assert (p.returncode, out, err) == (0, "interrupted\n", "")
