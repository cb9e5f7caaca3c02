"""Issue 3, acceptance 1: our VM prints what the real VM prints, for every program.

Two modes, each one test per program, run through the unix-port compatible command
``build/unix/micropython`` (made by the README's setup):

* source: ``build/unix/micropython <name>.py`` from the program's folder;
* mpy: the real mpy-cross's ``<name>.mpy`` alone in a temporary folder, imported there by
  ``build/unix/micropython -c "import <name>"`` (as the expected output was made: by import on
  the real VM, so ``__name__`` is the module's name, not ``__main__`` as under ``-m``).

stdout followed by stderr, normalised (see ``corpus.normalise``), must equal the ``.exp``.
``known_failures/vm_source.txt`` and ``known_failures/vm_mpy.txt`` list expected failures
(strict: a listed program that passes fails until the stale entry is removed).  A missing
``build/unix/micropython`` fails every test: it is never a reason to skip.  The environment
variable ``MOTE_MICROPYTHON`` may name another such command.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conformance import corpus

REPO = corpus.ROOT.parent.parent
# MOTE_MICROPYTHON points the harness at another unix-port compatible command (for example
# the real unix-port micropython, to check the harness itself).
MICROPYTHON = Path(os.environ.get("MOTE_MICROPYTHON", REPO / "build" / "unix" / "micropython"))
TIMEOUT = 60  # seconds per program; corpus programs take well under 1 s on the real VM

PROGRAMS = corpus.programs()
IDS = [corpus.rel(p) for p, _ in PROGRAMS]


def _run(args: list[str], cwd: Path) -> str:
    if not MICROPYTHON.exists():
        pytest.fail(f"{MICROPYTHON} does not exist: run the README setup "
                    f"(tools/setup.sh) to build the unix-port micropython command", pytrace=False)
    try:
        proc = subprocess.run([str(MICROPYTHON), *args], cwd=cwd, capture_output=True,
                              timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return f"<timed out after {TIMEOUT} s>"
    return (proc.stdout + proc.stderr).decode("utf-8", "replace")


def _check(kind: str, path: Path, output: str) -> None:
    prog = corpus.rel(path)
    got = corpus.normalise(output, path.stem)
    want = corpus.expected(path)
    detail = f"output differs from {prog[:-3]}.exp\n--- expected\n{want}--- got\n{got}"
    corpus.check_known_failure(kind, prog, got == want, detail)


def run_source(path: Path) -> str:
    """The output of the program run as a script from its folder."""
    return _run([path.name], cwd=path.parent)


def run_mpy(path: Path) -> str:
    """The output of the real mpy-cross's .mpy of the program, imported."""
    mpy = corpus.mpy_cross_bytes(path)
    with tempfile.TemporaryDirectory(prefix="conf-vm-") as tmp:
        (Path(tmp) / f"{path.stem}.mpy").write_bytes(mpy)
        return _run(["-c", f"import {path.stem}"], cwd=Path(tmp))


@pytest.mark.parametrize("path", [p for p, _ in PROGRAMS], ids=IDS)
def test_source_runs_like_the_real_vm(path):
    _check("vm_source", path, run_source(path))


@pytest.mark.parametrize("path", [p for p, _ in PROGRAMS], ids=IDS)
def test_real_mpy_runs_like_the_real_vm(path):
    _check("vm_mpy", path, run_mpy(path))
