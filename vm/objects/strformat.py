"""``str % args`` and ``str.format``, printing arguments the MicroPython way.

The host's formatting would call the host ``repr``/``str`` of each argument (user instances
would print as ``<__main__.A object ...>``), so the conversions are done here and only the
numeric field formatting is delegated to the host, whose rules MicroPython shares.
"""

from __future__ import annotations

import re

from vm.objects.typeinfo import type_name

__all__ = ["percent_format", "str_format"]

_PERCENT = re.compile(r"%(?:\((?P<key>[^)]*)\))?(?P<flags>[-+ #0]*)(?P<width>\*|\d+)?"
                      r"(?:\.(?P<prec>\*|\d+))?(?P<conv>.?)", re.S)


def _to_int(v: object, conv: str) -> int:
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        if conv in "di":
            return int(v)
        raise TypeError("can't convert float to int")
    raise TypeError(f"can't convert {type_name(v)} to int")


def _fmt_number(flags: str, width: str, prec: str | None, conv: str, v: object) -> str:
    from vm.runtime.repr import format_float
    spec = "%" + flags + width + ("." + prec if prec is not None else "")
    if conv in "diuxXoc":
        if conv == "c":
            if isinstance(v, str):
                if len(v) != 1:
                    raise TypeError("%c needs int or char")
                return (spec + "s") % v
            if isinstance(v, int):
                return (spec + "s") % chr(v)
            raise TypeError("%c needs int or char")
        n = _to_int(v, conv)
        return (spec + ("d" if conv == "u" else conv)) % n
    if not isinstance(v, (int, float)):
        raise TypeError(f"can't convert {type_name(v)} to float")
    x = float(v)
    body = format_float(abs(x), conv, 6 if prec is None else int(prec))
    if x < 0 or (x == 0 and str(x).startswith("-")):
        sign = "-"
    elif "+" in flags:
        sign = "+"
    elif " " in flags:
        sign = " "
    else:
        sign = ""
    w = int(width) if width else 0
    text = sign + body
    if len(text) < w:
        if "-" in flags:
            text = text.ljust(w)
        elif "0" in flags and body[0].isdigit():
            text = sign + body.rjust(w - len(sign), "0")
        else:
            text = text.rjust(w)
    return text


def percent_format(fmt: str | bytes, args: object) -> str | bytes:
    """``fmt % args`` with MicroPython's conversions and error messages."""
    from vm.runtime.repr import repr_value, str_value
    is_bytes = isinstance(fmt, (bytes, bytearray))
    text = fmt.decode("latin-1") if is_bytes else fmt
    if isinstance(args, tuple):
        values = list(args)
        mapping = None
    else:
        values = [args]
        mapping = args if isinstance(args, dict) else None
    pos = 0
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find("%", i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        m = _PERCENT.match(text, j)
        assert m is not None
        i = m.end()
        key, flags, width, prec, conv = m.group("key", "flags", "width", "prec", "conv")
        if conv == "%" and not key:
            out.append("%")
            continue
        if conv == "":
            raise ValueError("incomplete format")

        def take():
            nonlocal pos
            if pos >= len(values):
                raise TypeError("format string needs more arguments")
            pos += 1
            return values[pos - 1]

        if width == "*":
            width = str(_to_int(take(), "d"))
        if prec == "*":
            prec = str(_to_int(take(), "d"))
        if key is not None:
            if mapping is None:
                raise TypeError("format requires a dict")
            value = mapping[key]
        else:
            value = take()
        width = width or ""
        if conv in "sr":
            s = str_value(value) if conv == "s" else repr_value(value)
            if is_bytes and conv == "s" and isinstance(value, (bytes, bytearray)):
                s = bytes(value).decode("latin-1")
            if prec is not None:
                s = s[:int(prec)]
            w = int(width) if width else 0
            out.append(s.ljust(w) if "-" in flags else s.rjust(w))
        elif conv in "diuxXocfFeEgG":
            out.append(_fmt_number(flags, width, prec, conv, value))
        else:
            raise ValueError(f"unsupported format character '{conv}' (0x{ord(conv):x}) "
                             f"at index {j + 1}")
    if mapping is None and pos < len(values):
        raise TypeError("format string didn't convert all arguments")
    result = "".join(out)
    return result.encode("latin-1") if is_bytes else result


_FIELD = re.compile(r"\{\{|\}\}|\{([^{}!:]*)(?:!(.))?(?::([^{}]*(?:\{[^{}]*\}[^{}]*)*))?\}")


_PRECISION = re.compile(r"\.(\d+)")


def _format_value(value: object, spec: str) -> str:
    from vm.runtime.repr import float_repr, nudge_tie, str_value
    if not spec:
        return str_value(value)
    conv = spec[-1] if spec[-1].isalpha() or spec[-1] == "%" else ""
    if isinstance(value, bool) and conv not in ("", "s"):
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if conv and conv in "eEfFgG%":
            return format(float(value), spec)
        if conv and conv not in "bcdoxXn":
            raise ValueError(f"unknown format code '{conv}' for object of type 'int'")
        return format(value, spec)
    if isinstance(value, float):
        if conv and conv not in "eEfFgGn%":
            raise ValueError(f"unknown format code '{conv}' for object of type 'float'")
        if not conv:
            # Without a type MicroPython formats like 'g' with repr precision.
            return format(value, spec + "g") if "." in spec else \
                _align(float_repr(value), spec)
        if conv in "fF":
            m = _PRECISION.search(spec)
            value = nudge_tie(value, int(m.group(1)) if m else 6)
        return format(value, spec)
    if conv and conv != "s":
        raise ValueError(f"unknown format code '{conv}' for object of type '{type_name(value)}'")
    if conv == "s" and not isinstance(value, str):
        raise ValueError(f"unknown format code 's' for object of type '{type_name(value)}'")
    return format(str_value(value), spec)


def _align(text: str, spec: str) -> str:
    return format(text, spec.replace("=", ">"))


def str_format(fmt: str, *args: object, **kwargs: object) -> str:
    """``fmt.format(*args, **kwargs)`` as MicroPython does it."""
    from vm.runtime.repr import repr_value, str_value
    out: list[str] = []
    auto = 0
    mode = None  # "auto" or "manual"
    pos = 0
    for m in _FIELD.finditer(fmt):
        out.append(_literal(fmt[pos:m.start()]))
        pos = m.end()
        whole = m.group(0)
        if whole == "{{":
            out.append("{")
            continue
        if whole == "}}":
            out.append("}")
            continue
        name, conv, spec = m.group(1), m.group(2), m.group(3) or ""
        if name == "":
            if mode == "manual":
                raise ValueError("can't switch from manual field specification to "
                                 "automatic field numbering")
            mode = "auto"
            if auto >= len(args):
                raise IndexError("tuple index out of range")
            value = args[auto]
            auto += 1
        elif name.isdigit():
            if mode == "auto":
                raise ValueError("can't switch from automatic field numbering to "
                                 "manual field specification")
            mode = "manual"
            idx = int(name)
            if idx >= len(args):
                raise IndexError("tuple index out of range")
            value = args[idx]
        else:
            if "." in name or "[" in name:
                raise NotImplementedError("attributes not supported")
            if name not in kwargs:
                raise KeyError(name)
            value = kwargs[name]
        if "{" in spec:
            spec = str_format(spec, *args[auto:], **kwargs)
        if conv is not None:
            if conv == "r":
                value = repr_value(value)
            elif conv == "s":
                value = str_value(value)
            else:
                raise ValueError(f"unknown conversion specifier {conv}")
        out.append(_format_value(value, spec))
    out.append(_literal(fmt[pos:]))
    return "".join(out)


def _literal(text: str) -> str:
    """Text between fields (doubled braces are fields of their own): a brace left here is
    unmatched."""
    if "{" in text:
        raise ValueError("unmatched '{' in format")
    if "}" in text:
        raise ValueError("single '}' encountered in format string")
    return text
