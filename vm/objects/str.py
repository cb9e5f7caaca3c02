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


def _checked(name: str):
    """A host method whose first argument must be the same kind of string as self."""
    def method(self, arg, *rest):
        if isinstance(arg, tuple) and name in ("startswith", "endswith"):
            for a in arg:
                _need_same(self, a)
        else:
            _need_same(self, arg)
        return getattr(type(self), name)(self, arg, *rest)
    method.__name__ = name
    return method


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
