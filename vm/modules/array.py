"""``array``: MicroPython's typed arrays of numbers, stored as raw little-endian bytes.

MicroPython keeps an array as a byte buffer and much of its behaviour follows from that:
integers are truncated to the item width, ``array + bytes`` and ``extend`` with a buffer of
another typecode append raw bytes (a partial trailing item is dropped), and construction from
``bytes``/``bytearray`` reinterprets their bytes.  The methods are only ``append`` and
``extend``; slices must have step 1; comparing arrays of different item sizes and ``in``
raise ``NotImplementedError``.  Words (``l``, ``L``, ``P``) are 4 bytes as on 32-bit boards.
"""

from __future__ import annotations

import struct as _host

from vm.native import NativeModule
from vm.objects.typeinfo import type_name
from vm.runtime.ops import get_iter

module = NativeModule("array")

# typecode -> (host struct code, item size, float?)
_CODES = {
    "b": ("b", 1, False), "B": ("B", 1, False), "h": ("h", 2, False), "H": ("H", 2, False),
    "i": ("i", 4, False), "I": ("I", 4, False), "l": ("i", 4, False), "L": ("I", 4, False),
    "P": ("I", 4, False), "q": ("q", 8, False), "Q": ("Q", 8, False),
    "f": ("f", 4, True), "d": ("d", 8, True),
}
_STEP_ERROR = "only slices with step=1 (aka None) are supported"



def _raw(obj) -> bytes | None:
    """The bytes of a buffer-protocol object, or None when it has none."""
    if isinstance(obj, array):
        return bytes(obj._data)
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj)
    if hasattr(obj, "__mp_buffer__"):
        return bytes(obj.__mp_buffer__())
    return None


def _item_size(obj) -> int:
    return _CODES[obj._typecode][1] if isinstance(obj, array) else 1


@module.type
class array:
    """``array(typecode[, iterable])``: a mutable sequence of fixed-width numbers."""

    __mp_name__ = "array"
    __slots__ = ("_typecode", "_fmt", "_size", "_float", "_data")

    def __init__(self, typecode, initializer=None) -> None:
        if not isinstance(typecode, str):
            raise TypeError(f"can't convert '{type_name(typecode)}' object to str implicitly")
        if not typecode or typecode[0] not in _CODES:
            raise ValueError("bad typecode")
        self._set_code(typecode[0])
        self._data = bytearray()
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self._append_raw(bytes(initializer))
        else:
            self._extend_items(initializer)

    def _set_code(self, code: str) -> None:
        self._typecode = code
        fmt, self._size, self._float = _CODES[code]
        self._fmt = "<" + fmt

    def _new(self, data: bytes) -> "array":
        out = array.__new__(array)
        out._set_code(self._typecode)
        out._data = bytearray(data)
        return out

    # -- conversions --

    def _pack(self, value) -> bytes:
        if self._float:
            from vm.modules.math import to_float
            return _host.pack(self._fmt, to_float(value))
        if not isinstance(value, int):
            raise TypeError(f"can't convert {type_name(value)} to int")
        return (int(value) & ((1 << (8 * self._size)) - 1)).to_bytes(self._size, "little")

    def _unpack(self, i: int):
        return _host.unpack_from(self._fmt, self._data, i * self._size)[0]

    def _append_raw(self, data: bytes) -> None:
        """Append whole items from raw bytes (a partial trailing item is dropped)."""
        total = len(self._data) + len(data)
        self._data += data
        del self._data[total - total % self._size:]

    def _extend_items(self, iterable) -> None:
        for value in get_iter(iterable):
            self._data += self._pack(value)

    # -- methods --

    def append(self, value) -> None:
        self._data += self._pack(value)

    def extend(self, iterable) -> None:
        raw = _raw(iterable)
        if raw is not None:
            self._append_raw(raw)
        else:
            self._extend_items(iterable)

    # -- protocols --

    def __mp_repr__(self) -> str:
        from vm.runtime.repr import repr_value
        if not self._data:
            return f"array('{self._typecode}')"
        return f"array('{self._typecode}', {repr_value(list(self))})"

    def __mp_buffer__(self) -> bytearray:
        return self._data

    def __bytes__(self) -> bytes:
        return bytes(self._data)

    def __len__(self) -> int:
        return len(self._data) // self._size

    def __iter__(self):
        for i in range(len(self)):
            yield self._unpack(i)

    def _index(self, index) -> int:
        if not isinstance(index, int):
            raise TypeError(f"array indices must be integers, not {type_name(index)}")
        n = len(self)
        i = index + n if index < 0 else int(index)
        if not 0 <= i < n:
            raise IndexError("array index out of range")
        return i

    def _span(self, s: slice) -> tuple[int, int]:
        start, stop, step = s.indices(len(self))
        if step != 1:
            raise NotImplementedError(_STEP_ERROR)
        return start * self._size, max(start, stop) * self._size

    def __getitem__(self, index):
        if isinstance(index, slice):
            lo, hi = self._span(index)
            return self._new(self._data[lo:hi])
        return self._unpack(self._index(index))

    def __setitem__(self, index, value) -> None:
        if isinstance(index, slice):
            if not isinstance(value, (array, bytes, bytearray)):
                raise NotImplementedError("array/bytes required on right side")
            if _item_size(value) != self._size:
                raise ValueError("lhs and rhs should be compatible")
            lo, hi = self._span(index)
            self._data[lo:hi] = _raw(value)
            return
        i = self._index(index)
        self._data[i * self._size:(i + 1) * self._size] = self._pack(value)

    def __delitem__(self, index) -> None:
        raise TypeError("'array' object doesn't support item deletion")

    def __add__(self, other):
        raw = _raw(other)
        if raw is None:
            raise TypeError("object with buffer protocol required")
        out = self._new(self._data)
        out._append_raw(raw)
        return out

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __eq__(self, other):
        if not isinstance(other, (array, bytearray, memoryview)):
            return False
        if _item_size(other) != self._size:
            raise NotImplementedError()
        return bytes(self._data) == _raw(other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __contains__(self, item):
        raise NotImplementedError()

    __hash__ = None  # type: ignore[assignment]
