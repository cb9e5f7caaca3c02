"""The friendly REPL's single-input mode: every expression statement echoes its value.

MicroPython compiles a REPL input in single-input mode: an expression statement at module
level -- also inside ``for``/``if``/``while``/``with``/``try`` blocks, but not inside a
function or class body -- is compiled as ``__repl_print__(expr)``, which prints the
value's repr unless it is None.  So ``for i in range(3): i`` prints 0, 1 and 2.

Our compiler (vm/compile) has no such mode, so the REPL rewrites the source text before
compiling it: each such statement is wrapped in ``__repl_print__((...))`` at the
positions CPython's parser gives.  The rewrite changes no line numbers, so tracebacks
still point at the typed line.  Input the host parser rejects is left as it is, for the
VM's compiler to report the SyntaxError in MicroPython's words.
"""

from __future__ import annotations

import ast

__all__ = ["single_input"]

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _echoed(tree: ast.AST) -> list[ast.expr]:
    """The expressions of the module-level expression statements, outermost first."""
    found: list[ast.expr] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, _SCOPES):
                continue
            if isinstance(child, ast.Expr):
                found.append(child.value)
            elif isinstance(child, (ast.stmt, ast.excepthandler, ast.match_case)):
                visit(child)

    visit(tree)
    return found


def single_input(source: str) -> str:
    """`source` with every module-level expression statement wrapped to echo its value."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return source
    exprs = _echoed(tree)
    if not exprs:
        return source
    # ast offsets are in UTF-8 bytes: edit the encoded lines, last position first.
    lines = [line.encode("utf-8") for line in source.splitlines(keepends=True)]
    edits: list[tuple[int, int, bytes]] = []
    for e in exprs:
        edits.append((e.end_lineno - 1, e.end_col_offset, b"))"))  # type: ignore[operator]
        edits.append((e.lineno - 1, e.col_offset, b"__repl_print__(("))
    for line, col, text in sorted(edits, key=lambda t: (t[0], t[1]), reverse=True):
        lines[line] = lines[line][:col] + text + lines[line][col:]
    return b"".join(lines).decode("utf-8")
