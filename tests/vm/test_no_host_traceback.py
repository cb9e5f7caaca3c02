"""Issue 3, acceptance 3: no input program can produce a host traceback.

Every program of the conformance corpus and every deliberately broken program of
``tests/vm/broken_programs.py`` runs through the unix-port command (``tools.micropython``,
what ``build/unix/micropython`` runs; see ``cli_server.py``).  Whenever a run fails:

* stderr is exactly a MicroPython traceback — ``Traceback (most recent call last):``, one
  ``  File "<file>", line N, in <name>`` line per frame, then ``Type: message`` — optionally
  preceded by MicroPython ``Warning:`` lines;
* no frame is a host frame (no path into the VM's own sources or the host's library), and
  no host-only exception name or CPython wording appears;
* the exit status is MicroPython's: 1 for an uncaught exception.

A broken program must moreover end in the exception the real MicroPython raises for it.
"""

from __future__ import annotations

import builtins
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conformance import corpus
from tests.vm.broken_programs import PROGRAMS as BROKEN
from vm.runtime.exceptions import EXCEPTIONS

REPO = Path(__file__).resolve().parents[2]
LAUNCHER = REPO / "build" / "unix" / "micropython"
TIMEOUT = 60

_FRAME = re.compile(r'  File "(?P<file>[^"\n]+)", line (?P<line>\d+)(?:, in (?P<fn>\S+))?\Z')
_LAST = re.compile(r"(?P<type>[A-Za-z_][A-Za-z_0-9]*)(?::(?: .*)?)?\Z", re.DOTALL)
_CODE_NAMES = re.compile(r"<(module|lambda|listcomp|dictcomp|setcomp|genexpr|stdin|string)>"
                         r"|[A-Za-z_][A-Za-z_0-9]*\Z")

#: Exception classes the host has and MicroPython has not (RecursionError, UnboundLocalError,
#: FileNotFoundError ...): their names must never be shown.
HOST_ONLY_EXCEPTIONS = sorted(
    n for n, c in vars(builtins).items()
    if isinstance(c, type) and issubclass(c, BaseException) and n not in EXCEPTIONS)

#: CPython's wording where MicroPython's differs: a message with it leaked from the host.
HOST_PHRASES = ("object is not callable", "object is not iterable",
                "not supported between instances of", "unsupported operand type(s)",
                "is not defined", "takes no arguments", "object is not subscriptable",
                "cannot unpack non-iterable", "invalid literal for int()",
                "division by zero", "modulo by zero",
                "During handling of the above exception", "The above exception was",
                "Fatal Python error", "Segmentation fault")

#: Errors MicroPython prints without a traceback when raised by module-level code (the
#: bare ``raise`` has no frame to name).
BARE_LINES = ("RuntimeError: no active exception to reraise",)

#: Paths that only a host frame can have.
HOST_PATHS = (str(REPO / "vm"), str(REPO / "tools"), "site-packages", "/lib/python3",
              'File "vm/', 'File "tools/')


def check_mp_failure(status: int, stderr: str, program_source: str) -> list[str]:
    """Problems with a failed run's exit status and stderr (empty list: none)."""
    problems = []
    lines = stderr.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    while lines and lines[0].startswith("Warning: "):
        lines.pop(0)
    if not lines:
        return [f"exit status {status} with nothing on stderr"]
    if status != 1:
        problems.append(f"exit status {status}, MicroPython exits with 1")
    if len(lines) == 1 and lines[0] in BARE_LINES:
        return [] if status == 1 else [f"exit status {status}, MicroPython exits with 1"]
    if lines[0] != "Traceback (most recent call last):":
        problems.append(f"first line is not a MicroPython traceback header: {lines[0]!r}")
    frames = []
    i = 1
    while i < len(lines) and _FRAME.match(lines[i]):
        frames.append(_FRAME.match(lines[i]))
        i += 1
    if not frames:
        problems.append("no '  File \"...\", line N' frame line")
    rest = "\n".join(lines[i:])
    last = _LAST.match(rest)
    if last is None:
        problems.append(f"last line is not 'Type: message': {rest!r}")
    else:
        name = last.group("type")
        user_class = re.search(rf"^\s*class {name}\b", program_source, re.MULTILINE)
        if name not in EXCEPTIONS and not user_class:
            problems.append(f"exception type {name!r} is neither MicroPython's nor the "
                            f"program's")
    for m in frames:
        if any(p in m.group(0) for p in HOST_PATHS):
            problems.append(f"host frame: {m.group(0)!r}")
        fn = m.group("fn")
        if fn is not None and not _CODE_NAMES.match(fn):
            problems.append(f"frame names no VM code: {m.group(0)!r}")
    problems += host_leaks(stderr)
    return problems


def host_leaks(text: str) -> list[str]:
    """Host exception names, host wording or host frames found in ``text``."""
    text = "\n".join(ln for ln in text.split("\n") if not ln.startswith("Warning: "))
    found = [f"host exception name {n!r}" for n in HOST_ONLY_EXCEPTIONS
             if re.search(rf"\b{n}\b", text)]
    found += [f"host wording {p!r}" for p in HOST_PHRASES if p in text]
    found += [f"host path {p!r}" for p in HOST_PATHS if p in text]
    return found


# ## Running programs


@pytest.fixture(scope="module")
def cli():
    """``cli(cwd, argv) -> {"status", "stdout", "stderr"}`` through ``cli_server``."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "tests.vm.cli_server"], cwd=REPO, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(cwd: Path, argv: list[str]) -> dict:
        proc.stdin.write(json.dumps({"cwd": str(cwd), "argv": argv, "timeout": TIMEOUT})
                         + "\n")
        proc.stdin.flush()
        return json.loads(proc.stdout.readline())

    yield run
    proc.stdin.close()
    proc.wait(timeout=30)


CORPUS = [p for p, _ in corpus.programs()]


@pytest.mark.parametrize("path", CORPUS, ids=[corpus.rel(p) for p in CORPUS])
def test_corpus_program_fails_only_the_micropython_way(cli, path):
    res = cli(path.parent, [path.name])
    assert res["status"] != -9, "timed out"
    source = path.read_text(encoding="utf-8")
    # stdout may quote any text (caught messages); it must show no host frame.
    problems = [f"host path {p!r} on stdout" for p in HOST_PATHS if p in res["stdout"]]
    # A failure prints a traceback; sys.exit(n) exits with n and prints nothing.
    if res["status"] != 0 and res["stderr"].strip():
        problems += check_mp_failure(res["status"], res["stderr"], source)
    else:
        problems += host_leaks(res["stderr"])
    assert problems == [], f"{problems}\n--- stderr\n{res['stderr']}"


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_program_prints_micropythons_traceback(cli, name, tmp_path):
    source, last_line = BROKEN[name]
    prog = tmp_path / f"{name}.py"
    prog.write_text(source, encoding="utf-8")
    res = cli(tmp_path, [prog.name])
    assert res["status"] != -9, "timed out"
    problems = check_mp_failure(res["status"], res["stderr"], source)
    problems += host_leaks(res["stdout"])
    tail = res["stderr"].rstrip("\n").split("\n")[-1]
    if not tail.startswith(last_line):
        problems.append(f"last line {tail!r}, the real MicroPython prints {last_line!r}...")
    frames = [m for m in map(_FRAME.match, res["stderr"].split("\n")) if m]
    if frames and frames[0].group("file") != prog.name:
        problems.append(f"outermost frame is not the program: {frames[0].group(0)!r}")
    n_lines = source.count("\n") + 1
    for m in frames:
        if m.group("file") == prog.name and not 1 <= int(m.group("line")) <= n_lines:
            problems.append(f"line number outside the program: {m.group(0)!r}")
    assert problems == [], f"{problems}\n--- stderr\n{res['stderr']}"


def test_the_count_of_broken_programs_meets_the_issue():
    assert len(BROKEN) >= 60


# ## The launcher itself and exit statuses


@pytest.mark.parametrize("source, status, stderr_end", [
    ("def f():\n    return 1 // 0\nf()\n", 1, "ZeroDivisionError: divide by zero\n"),
    ("import sys\nsys.exit(3)\n", 3, ""),
    ("raise SystemExit\n", 0, ""),
    ("import sys\nsys.exit('bye')\n", 1, ""),  # the unix port prints nothing
    ("def f(n):\n    return f(n + 1)\nf(0)\n", 1,
     "RuntimeError: maximum recursion depth exceeded\n"),
])
def test_the_launcher_exits_like_the_unix_port(source, status, stderr_end):
    with tempfile.TemporaryDirectory(prefix="noleak-") as tmp:
        Path(tmp, "prog.py").write_text(source, encoding="utf-8")
        proc = subprocess.run([str(LAUNCHER), "prog.py"], cwd=tmp, capture_output=True,
                              check=False, text=True, timeout=TIMEOUT,
                              stdin=subprocess.DEVNULL)
    assert proc.returncode == status
    assert proc.stderr.endswith(stderr_end)
    if status == 1 and "Traceback" in proc.stderr:
        assert check_mp_failure(proc.returncode, proc.stderr, source) == []


def test_the_checker_catches_a_host_traceback():
    """The checks themselves can fail: a CPython traceback is rejected."""
    host = ('Traceback (most recent call last):\n'
            f'  File "{REPO}/vm/runtime/ops.py", line 12, in binary_op\n'
            'RecursionError: maximum recursion depth exceeded\n')
    problems = check_mp_failure(1, host, "")
    assert any("host frame" in p for p in problems)
    assert any("RecursionError" in p for p in problems)
    assert check_mp_failure(1, 'Traceback (most recent call last):\n'
                               '  File "p.py", line 1, in <module>\n'
                               'ValueError: x\n', "") == []
