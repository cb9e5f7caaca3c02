"""``json``: MicroPython's json (dumps/dump with ``separators``, loads/load).

Output follows the port's JSON printer: non-ASCII text is written as is, floats use the VM's
float formatting (``inf``/``nan`` bare, as the port prints them), tuples are lists, a
non-string dict key is printed as JSON inside quotes, and any other object prints as its
repr.  The parser is as lenient as the port's: stray ``,``/``:`` separators are skipped
(``[1 2]`` and ``[1,]`` load), unknown escapes keep the character, and every failure is
``ValueError('syntax error in JSON')``.
"""

from __future__ import annotations

from vm.native import NativeModule

module = NativeModule("json")

_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n",
                  "\r": "\\r", "\t": "\\t"}


def _string(s: str) -> str:
    out = ['"']
    for ch in s:
        esc = _SHORT_ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < " ":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _encode(v, item_sep: str, key_sep: str, parts: list[str]) -> None:
    from vm.runtime.repr import float_repr, repr_value
    if v is None:
        parts.append("null")
    elif v is True:
        parts.append("true")
    elif v is False:
        parts.append("false")
    elif isinstance(v, str):
        parts.append(_string(v))
    elif isinstance(v, int):
        parts.append(str(int(v)))
    elif isinstance(v, float):
        parts.append(float_repr(v))
    elif isinstance(v, (bytes, bytearray)):
        parts.append(_string(bytes(v).decode("utf-8", "replace")))
    elif isinstance(v, (list, tuple)):
        parts.append("[")
        for i, item in enumerate(v):
            if i:
                parts.append(item_sep)
            _encode(item, item_sep, key_sep, parts)
        parts.append("]")
    elif isinstance(v, dict):
        parts.append("{")
        for i, (key, value) in enumerate(v.items()):
            if i:
                parts.append(item_sep)
            if isinstance(key, str):
                parts.append(_string(key))
            else:
                inner: list[str] = []
                _encode(key, item_sep, key_sep, inner)
                parts.append('"' + "".join(inner) + '"')
            parts.append(key_sep)
            _encode(value, item_sep, key_sep, parts)
        parts.append("}")
    else:
        parts.append(repr_value(v))


def _separators(separators) -> tuple[str, str]:
    if separators is None:
        return ", ", ": "
    item_sep, key_sep = separators
    return item_sep, key_sep


@module.function
def dumps(obj, *, separators=None):
    parts: list[str] = []
    _encode(obj, *_separators(separators), parts)
    return "".join(parts)


@module.function
def dump(obj, stream, *, separators=None):
    stream.write(dumps(obj, separators=separators))


class _Syntax(Exception):
    pass


class _Parser:
    def __init__(self, text: str):
        self.s = text
        self.i = 0

    def skip(self, separators: bool) -> None:
        s, i = self.s, self.i
        skipped = " \t\r\n,:" if separators else " \t\r\n"
        while i < len(s) and s[i] in skipped:
            i += 1
        self.i = i

    def value(self):
        self.skip(False)
        s, i = self.s, self.i
        if i >= len(s):
            raise _Syntax
        c = s[i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "-" or c.isdigit():
            return self.number()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                self.i = i + len(word)
                return val
        raise _Syntax

    def arr(self):
        self.i += 1
        out = []
        while True:
            self.skip(True)
            if self.i >= len(self.s):
                raise _Syntax
            if self.s[self.i] == "]":
                self.i += 1
                return out
            out.append(self.value())

    def obj(self):
        self.i += 1
        out = {}
        while True:
            self.skip(True)
            if self.i >= len(self.s):
                raise _Syntax
            if self.s[self.i] == "}":
                self.i += 1
                return out
            key = self.value()
            self.skip(True)
            out[key] = self.value()

    def string(self):
        s = self.s
        i = self.i + 1
        out = []
        while True:
            if i >= len(s):
                raise _Syntax
            c = s[i]
            if c == '"':
                self.i = i + 1
                return "".join(out)
            if c == "\\":
                i += 1
                if i >= len(s):
                    raise _Syntax
                c = s[i]
                if c == "u":
                    digits = s[i + 1:i + 5]
                    if len(digits) != 4:
                        raise _Syntax
                    try:
                        out.append(chr(int(digits, 16)))
                    except ValueError:
                        raise _Syntax from None
                    i += 5
                    continue
                out.append({"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(c, c))
            else:
                out.append(c)
            i += 1

    def number(self):
        s, i = self.s, self.i
        start = i
        is_float = False
        while i < len(s) and (s[i].isdigit() or s[i] in "-+.eE"):
            if s[i] in ".eE":
                is_float = True
            i += 1
        self.i = i
        text = s[start:i]
        try:
            return float(text) if is_float else int(text)
        except ValueError:
            raise _Syntax from None


@module.function
def loads(s):
    if isinstance(s, (bytes, bytearray)):
        s = bytes(s).decode("utf-8", "replace")
    elif not isinstance(s, str):
        raise TypeError("object with buffer protocol required")
    parser = _Parser(s)
    try:
        value = parser.value()
        parser.skip(False)
        if parser.i != len(s):
            raise _Syntax
    except _Syntax:
        raise ValueError("syntax error in JSON") from None
    return value


@module.function
def load(stream):
    return loads(stream.read())
