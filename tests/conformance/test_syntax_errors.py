"""Our compiler rejects each program of syntax_errors/ as the real mpy-cross does.

``vm.compile.compile_source`` must raise the host's ``SyntaxError`` (or its subclass
``IndentationError``) with the same exception name, ``.msg`` and ``.lineno`` as the
``SyntaxError: ...`` report that mpy-cross printed into the program's ``.exp``, and with the
scope mpy-cross names for errors its compiler (not its parser) finds (``line 3, in f``) as
the exception's ``scope`` attribute.  Programs listed in ``known_failures/syntax.txt`` are
expected failures (strict).
"""

from __future__ import annotations

import re

import pytest

from tests.conformance import corpus

SYNTAX = corpus.syntax_error_programs()
_SCOPE = re.compile(r'File "[^"]*", line \d+, in (\S+)')


def _expected_scope(report: str) -> str | None:
    m = _SCOPE.search(report)
    return m.group(1) if m else None


@pytest.mark.parametrize("path", SYNTAX, ids=[corpus.rel(p) for p in SYNTAX])
def test_our_compiler_reports_the_same_syntax_error(path):
    try:
        from vm.compile import compile_source
    except ImportError as exc:
        pytest.fail(f"vm.compile.compile_source is not available yet: {exc}", pytrace=False)
    prog = corpus.rel(path)
    report = corpus.expected(path)
    want = corpus.parse_syntax_error(report) + (_expected_scope(report),)
    try:
        compile_source(path.read_text(encoding="utf-8"), path.name)
    except SyntaxError as exc:
        got = (type(exc).__name__, exc.msg, exc.lineno, getattr(exc, "scope", None))
    except Exception as exc:  # the wrong kind of failure is a test failure, reported plainly
        got = (type(exc).__name__, str(exc), None)
    else:
        got = None
    ok = got == want
    detail = f"mpy-cross reports {want}, ours {'compiled it' if got is None else got}"
    corpus.check_known_failure("syntax", prog, ok, detail)
