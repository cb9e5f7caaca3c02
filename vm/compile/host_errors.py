"""MicroPython's report of a syntax error that the host parser found first.

The front end parses with the host's ``ast``, whose messages, exception classes and line
numbers differ from MicroPython's.  ``translate`` turns a host ``SyntaxError`` into the
``SyntaxError``/``IndentationError`` that mpy-cross raises for the same source:

* messages: a table from host wording to MicroPython's (anything else is
  ``invalid syntax``);
* lines: MicroPython reports where its parser stopped — an unindent that matches no outer
  level at the end of the previous logical line, an unclosed bracket at the first token
  that cannot continue the expression (often the end of the file);
* scope: errors that MicroPython raises in its compiler rather than its parser are
  reported ``in <scope>``; the name is found from the indentation of the enclosing
  ``def``/``class`` lines and stored as the exception's ``scope`` attribute.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize

# (host fragment, MicroPython message, raised by MicroPython's compiler rather than parser)
_MESSAGES = [
    ("follows parameter with a default", "non-default argument follows default argument",
     True),
    ("non-default argument follows", "non-default argument follows default argument", True),
    ("cannot delete", "can't delete expression", True),
    ("cannot assign to", "can't assign to expression", True),
    ("illegal expression for augmented assignment", "can't assign to expression", True),
    ("starred assignment target", "can't assign to expression", True),
    ("positional argument follows keyword argument unpacking", "positional arg after **",
     True),
    ("positional argument follows keyword argument", "positional arg after keyword arg",
     True),
    ("iterable argument unpacking follows keyword argument unpacking", "* arg after **",
     True),
    ("'await' outside", "'await' outside function", True),
    ("'return' outside", "'return' outside function", True),
    ("'yield' outside", "'yield' outside function", True),
    ("outside loop", "'break'/'continue' outside loop", True),
]

_SCOPE_LINE = re.compile(r"\s*(?:async\s+)?(def|class)\s+(\w+)")


def translate(exc: SyntaxError, source: str, filename: str) -> SyntaxError:
    """The MicroPython-style exception for host parser error ``exc`` on ``source``."""
    host_msg = exc.msg or ""
    lineno = exc.lineno or 1
    if isinstance(exc, IndentationError) or "indent" in host_msg:
        if "unindent" in host_msg:
            return _make(IndentationError, "unindent doesn't match any outer indent level",
                         _end_of_previous_statement(source, lineno), filename, source)
        if "unexpected indent" in host_msg:
            return _make(IndentationError, "unexpected indent", lineno, filename, source)
        return _make(SyntaxError, "invalid syntax", lineno, filename, source)
    if "was never closed" in host_msg:
        return _make(SyntaxError, "invalid syntax", _unclosed_bracket_line(source, lineno),
                     filename, source)
    for fragment, msg, in_compiler in _MESSAGES:
        if fragment in host_msg:
            line = lineno
            if in_compiler and _is_single_token(source, exc):
                line = _statement_line(source, lineno)
            err = _make(SyntaxError, msg, line, filename, source)
            if in_compiler:
                err.scope = scope_at(source, lineno)
            return err
    return _make(SyntaxError, "invalid syntax", lineno, filename, source)


def _make(cls, msg: str, lineno: int, filename: str, source: str) -> SyntaxError:
    lines = source.splitlines()
    text = lines[lineno - 1] if 0 < lineno <= len(lines) else None
    return cls(msg, (filename, lineno, 1, text))


def scope_at(source: str, lineno: int) -> str:
    """Name of the innermost ``def``/``class`` whose body holds line ``lineno``
    (``<module>`` at top level), judged by indentation."""
    lines = source.splitlines()
    if not 0 < lineno <= len(lines):
        return "<module>"
    limit = _indent(lines[lineno - 1])
    for i in range(lineno - 2, -1, -1):
        line = lines[i]
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = _indent(line)
        if indent < limit:
            m = _SCOPE_LINE.match(line)
            if m:
                return m.group(2)
            limit = indent
            if limit == 0:
                break
    return "<module>"


def _tokens(source: str) -> list:
    """The tokens of ``source`` up to where the tokenizer gives up."""
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            out.append(tok)
    except (tokenize.TokenError, SyntaxError):
        pass
    return out


def _is_single_token(source: str, exc: SyntaxError) -> bool:
    # A name, number or string is a leaf of MicroPython's parse tree: it has no line of its
    # own, so the error is reported on the line of the statement holding it.
    if not exc.lineno or not exc.offset or exc.end_lineno != exc.lineno:
        return False
    span = ((exc.lineno, exc.offset - 1), (exc.end_lineno, (exc.end_offset or 0) - 1))
    return any((t.start, t.end) == span and t.type in (tokenize.NAME, tokenize.NUMBER,
                                                         tokenize.STRING)
               for t in _tokens(source) if t.start[0] == exc.lineno)


def _statement_line(source: str, lineno: int) -> int:
    """The line MicroPython gives an error on a leaf inside the statement at ``lineno``:
    the statement's first line, or, when it is the only statement of a block, the line the
    block's owner (``if``, ``def``, ``class`` ...) would report."""
    starts = []  # (first line, indentation, ends with ':') of each logical line
    first = None
    last_op = None
    for tok in _tokens(source):
        if tok.type in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT,
                        tokenize.ENCODING):
            continue
        if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            if first is not None:
                starts.append((first[0], first[1], last_op == ":"))
            first = None
            continue
        if first is None:
            first = tok.start
        last_op = tok.string if tok.type == tokenize.OP else None
    if first is not None:
        starts.append((first[0], first[1], last_op == ":"))
    return _owner_line(starts, lineno)


def _owner_line(starts: list, lineno: int) -> int:
    idx = None
    for i, (line, _, _) in enumerate(starts):
        if line <= lineno:
            idx = i
    if idx is None:
        return lineno
    line, indent, _ = starts[idx]
    if idx == 0 or indent == 0:
        return line
    prev_line, prev_indent, prev_colon = starts[idx - 1]
    first_in_block = prev_colon and prev_indent < indent
    # the next statement not inside this one's own block
    after = next((s[1] for s in starts[idx + 1:] if s[1] <= indent), -1)
    if first_in_block and after < indent:
        return _owner_line(starts, prev_line)
    return line


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _end_of_previous_statement(source: str, lineno: int) -> int:
    # MicroPython's lexer notices the bad unindent while producing the NEWLINE that ends
    # the previous logical line, and reports that token's line.
    last = 1
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.start[0] >= lineno:
                break
            if tok.type == tokenize.NEWLINE:
                last = tok.start[0]
    except (tokenize.TokenError, SyntaxError):
        pass
    return last


def _unclosed_bracket_line(source: str, fallback: int) -> int:
    """Line of the first token that cannot continue an unclosed bracket: close every open
    bracket at the end of the source and see where the host parser fails now."""
    closers = {"(": ")", "[": "]", "{": "}"}
    stack = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.OP:
                if tok.string in closers:
                    stack.append(closers[tok.string])
                elif tok.string in (")", "]", "}") and stack:
                    stack.pop()
    except (tokenize.TokenError, SyntaxError):
        pass
    eof_line = source.count("\n") + (1 if source.endswith("\n") else 2)
    if not stack:
        return fallback
    try:
        ast.parse(source + "\n" + "".join(reversed(stack)) + "\n")
    except SyntaxError as exc:
        line = exc.lineno or fallback
        return min(line, eof_line)
    except (ValueError, RecursionError, MemoryError):
        return fallback
    return eof_line
