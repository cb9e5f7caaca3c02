"""``str``/``bytes``/``bytearray`` methods where MicroPython differs from the host.

Only the differences live here; the other methods are the host's (``vm/objects/attrs.py``
lists which ones MicroPython has).
"""

from __future__ import annotations

from vm.objects.strformat import str_format
from vm.objects.typeinfo import type_name

__all__ = ["STR_METHODS", "BYTES_METHODS"]


def _need_same(self: object, arg: object) -> None:
    if not isinstance(arg, (str if isinstance(self, str) else (bytes, bytearray))):
        if isinstance(self, str):
            raise TypeError(f"can't convert '{type_name(arg)}' object to str implicitly")
        raise TypeError(f"can't convert '{type_name(arg)}' object to bytes implicitly")


def _clamp(n: int, start=None, end=None) -> tuple[int, int]:
    """Slice-style ``start``/``end`` clamped to ``[0, n]`` (MicroPython's
    ``str_finder``: an empty needle is found at ``len(s)`` even when ``start`` is past it)."""
    lo = 0 if start is None else start
    hi = n if end is None else end
    if lo < 0:
        lo = max(0, lo + n)
    if hi < 0:
        hi = max(0, hi + n)
    return min(lo, n), min(hi, n)


def _checked(name: str):
    """A host method whose first argument must be the same kind of string as self."""
    host = {t: getattr(t, name) for t in (str, bytes, bytearray) if hasattr(t, name)}

    def method(self, arg, *rest):
        if type(arg) is not type(self):  # the common case needs no further check
            if isinstance(arg, tuple) and name in ("startswith", "endswith"):
                for a in arg:
                    _need_same(self, a)
            else:
                _need_same(self, arg)
        if rest and all(r is None or type(r) is int for r in rest[:2]):
            rest = _clamp(len(self), *rest[:2]) + tuple(rest[2:])
        f = host.get(type(self))
        if f is None:  # a subclass of str or bytes
            f = getattr(type(self), name)
        return f(self, arg, *rest)
    method.__name__ = name
    return method


# MicroPython's case mapping and character classes know ASCII only.
_UPPER = {c: c - 32 for c in range(ord("a"), ord("z") + 1)}
_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def upper(self: str) -> str:
    return self.upper() if self.isascii() else self.translate(_UPPER)


def lower(self: str) -> str:
    return self.lower() if self.isascii() else self.translate(_LOWER)


def _ascii_class(name: str):
    def method(self: str) -> bool:
        return self.isascii() and getattr(str, name)(self)
    method.__name__ = name
    return method


def _ascii_case(name: str):
    def method(self: str) -> bool:
        if not self.isascii():
            self = "".join(c for c in self if c.isascii())
        return getattr(str, name)(self)
    method.__name__ = name
    return method


def hex_(self) -> object:
    """``bytes.hex()``; MicroPython returns ``b''`` for an empty buffer."""
    return bytes(self).hex() if self else b""


def join(self, items):
    """``sep.join(iterable)`` with MicroPython's message for a wrong item."""
    from vm.runtime.ops import get_iter
    parts = list(get_iter(items))
    kind = str if isinstance(self, str) else (bytes, bytearray)
    for p in parts:
        if not isinstance(p, kind):
            raise TypeError("join expects a list of str/bytes objects consistent with "
                            "self object")
    return type(self).join(self, parts)


def split(self, sep=None, maxsplit=-1):
    if sep is not None:
        _need_same(self, sep)
    return type(self).split(self, sep, maxsplit)


def rsplit(self, sep=None, maxsplit=-1):
    if sep is not None:
        _need_same(self, sep)
    return type(self).rsplit(self, sep, maxsplit)


def format(self, *args, **kwargs):
    return str_format(self, *args, **kwargs)


def encode(self, encoding="utf-8", errors="strict"):
    # MicroPython ignores the encoding name: strings are always UTF-8.
    return self.encode("utf-8", "surrogatepass")


def decode(self, encoding="utf-8", errors="strict"):
    try:
        return bytes(self).decode("utf-8")
    except UnicodeDecodeError:
        raise UnicodeError() from None


STR_METHODS: dict[str, object] = {
    "join": join, "split": split, "rsplit": rsplit, "format": format, "encode": encode,
    **{n: _checked(n) for n in ("startswith", "endswith", "find", "rfind", "index", "rindex",
                                "count", "partition", "rpartition")},
    "replace": lambda self, old, new, count=-1: (_need_same(self, old), _need_same(self, new),
                                                 type(self).replace(self, old, new, count))[2],
}

BYTES_METHODS: dict[str, object] = dict(STR_METHODS)
del BYTES_METHODS["format"], BYTES_METHODS["encode"]
BYTES_METHODS["decode"] = decode
BYTES_METHODS["hex"] = hex_
STR_METHODS.update({"upper": upper, "lower": lower,
                    **{n: _ascii_class(n) for n in ("isalpha", "isdigit", "isspace")},
                    **{n: _ascii_case(n) for n in ("isupper", "islower")}})
