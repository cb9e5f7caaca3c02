"""``struct``: pack and unpack binary data the way MicroPython's ``struct`` does.

MicroPython is deliberately lenient where CPython is strict, and a faithful emulation must
be too: missing values pack as zero, extra values are ignored, integers are truncated to the
field width, and ``unpack`` accepts a buffer longer than the format.  Native mode (``@``,
the default) aligns each field to its size and sizes ``l``/``L``/``P``/``O`` by the board's
word size (4 bytes on 32-bit boards, 8 on the 64-bit unix board).
"""

from __future__ import annotations

import struct as _host

from vm.native import NativeModule
from vm.objects.typeinfo import type_name

module = NativeModule("struct")

#: Word size in bytes for native (@) formats; the VM sets it from the board on import.
word_size = 4

_FIXED = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "q": 8, "Q": 8,
          "f": 4, "d": 8, "e": 2, "s": 1, "x": 1}
_WORD = set("lLPO")
_SIGNED = set("bhilq")
_FLOAT = {"f": "f", "d": "d", "e": "e"}


def _on_import(vm, attrs) -> None:
    global word_size
    word_size = getattr(vm, "word_size", word_size) or word_size


module.on_import = _on_import


def _parse(fmt) -> tuple[str, bool, list[tuple[str, int, int]]]:
    """-> (byte order, native alignment?, [(code, count, size of one item)])."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode()
    if not isinstance(fmt, str):
        raise TypeError(f"can't convert {type_name(fmt)} to str")
    order, native = "<", True
    if fmt and fmt[0] in "<>!=@":
        order = {"<": "<", ">": ">", "!": ">", "=": "<", "@": "<"}[fmt[0]]
        native = fmt[0] == "@"
        fmt = fmt[1:]
    items = []
    count = None
    for ch in fmt:
        if ch.isdigit():
            count = (count or 0) * 10 + int(ch)
            continue
        if ch in _FIXED:
            size = _FIXED[ch]
        elif ch in _WORD:
            size = word_size if native else 4
        elif ch.isspace():
            continue
        else:
            raise ValueError("bad typecode")
        items.append((ch, 1 if count is None else count, size))
        count = None
    return order, native, items


def _layout(fmt):
    """Yield (code, offset, size, count) for every field, and the total size last."""
    order, native, items = _parse(fmt)
    offset = 0
    fields = []
    for code, count, size in items:
        if native and code not in "sx" and size > 1:
            offset = (offset + size - 1) // size * size
        fields.append((code, offset, size, count))
        offset += size * count
    return order, fields, offset


@module.function
def calcsize(fmt):
    return _layout(fmt)[2]


def _to_int(v) -> int:
    if isinstance(v, int):
        return int(v)
    raise TypeError(f"can't convert {type_name(v)} to int")


def _pack_one(code: str, size: int, order: str, v) -> bytes:
    if code in _FLOAT:
        from vm.modules.math import to_float
        return _host.pack(order + _FLOAT[code], to_float(v))
    n = _to_int(v) & ((1 << (8 * size)) - 1)
    return n.to_bytes(size, "little" if order == "<" else "big")


def _pack(fmt, values) -> bytes:
    order, fields, total = _layout(fmt)
    out = bytearray(total)
    values = list(values)
    i = 0
    for code, offset, size, count in fields:
        if code == "x":
            continue
        if code == "s":
            data = values[i] if i < len(values) else b""
            i += 1
            if isinstance(data, str):
                data = data.encode()
            data = bytes(data)[:count]
            out[offset:offset + len(data)] = data
            continue
        for k in range(count):
            v = values[i] if i < len(values) else 0
            i += 1
            pos = offset + k * size
            out[pos:pos + size] = _pack_one(code, size, order, v)
    return bytes(out)


@module.function
def pack(fmt, *values):
    return _pack(fmt, values)


def _buffer(buf):
    if isinstance(buf, (bytes, bytearray, memoryview)):
        return buf
    if hasattr(buf, "__mp_buffer__"):
        return buf.__mp_buffer__()
    raise TypeError("object with buffer protocol required")


@module.function
def pack_into(fmt, buffer, offset, *values):
    buf = _buffer(buffer)
    data = _pack(fmt, values)
    offset = _to_int(offset)
    if offset < 0:
        offset += len(buf)
    if offset < 0 or offset + len(data) > len(buf):
        raise ValueError("buffer too small")
    buf[offset:offset + len(data)] = data


def _unpack(fmt, buf, start: int) -> tuple:
    order, fields, total = _layout(fmt)
    if start < 0:
        start += len(buf)
    if start < 0 or start + total > len(buf):
        raise ValueError("buffer too small")
    data = bytes(buf[start:start + total])
    out = []
    for code, offset, size, count in fields:
        if code == "x":
            continue
        if code == "s":
            out.append(data[offset:offset + count])
            continue
        for k in range(count):
            chunk = data[offset + k * size:offset + (k + 1) * size]
            if code in _FLOAT:
                out.append(_host.unpack(order + _FLOAT[code], chunk)[0])
            else:
                out.append(int.from_bytes(chunk, "little" if order == "<" else "big",
                                          signed=code in _SIGNED))
    return tuple(out)


@module.function
def unpack(fmt, buffer):
    return _unpack(fmt, _buffer(buffer), 0)


@module.function
def unpack_from(fmt, buffer, offset=0):
    return _unpack(fmt, _buffer(buffer), _to_int(offset))
