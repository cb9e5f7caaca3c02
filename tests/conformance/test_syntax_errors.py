"""Our compiler rejects each program of syntax_errors/ as the real mpy-cross does.

``vm.compile.compile_source`` must raise the host's ``SyntaxError`` (or its subclass
``IndentationError``) with the same exception name, ``.msg`` and ``.lineno`` as the
``SyntaxError: ...`` report that mpy-cross printed into the program's ``.exp``.  Programs
listed in ``known_failures/syntax.txt`` are expected failures (strict).
"""

from __future__ import annotations

import pytest

from tests.conformance import corpus

SYNTAX = corpus.syntax_error_programs()


@pytest.mark.parametrize("path", SYNTAX, ids=[corpus.rel(p) for p in SYNTAX])
def test_our_compiler_reports_the_same_syntax_error(path):
    try:
        from vm.compile import compile_source
    except ImportError as exc:
        pytest.fail(f"vm.compile.compile_source is not available yet: {exc}", pytrace=False)
    prog = corpus.rel(path)
    want = corpus.parse_syntax_error(corpus.expected(path))
    try:
        compile_source(path.read_text(encoding="utf-8"), path.name)
    except SyntaxError as exc:
        got = (type(exc).__name__, exc.msg, exc.lineno)
    except Exception as exc:  # the wrong kind of failure is a test failure, reported plainly
        got = (type(exc).__name__, str(exc), None)
    else:
        got = None
    ok = got == want
    detail = f"mpy-cross reports {want}, ours {'compiled it' if got is None else got}"
    corpus.check_known_failure("syntax", prog, ok, detail)
