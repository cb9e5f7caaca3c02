"""MicroPython-style compile errors raised as host ``SyntaxError``."""

from __future__ import annotations


class CompileError(SyntaxError):
    """A SyntaxError found by the compiler; ``filename``/``text`` filled in later."""


def raise_syntax_error(msg: str, node=None):
    lineno = getattr(node, "lineno", None)
    col = getattr(node, "col_offset", None)
    raise CompileError(msg, (None, lineno, None if col is None else col + 1, None))


def raise_syntax_error_at(msg: str, lineno: int):
    raise CompileError(msg, (None, lineno, None, None))
