"""``int.from_bytes``/``int.to_bytes`` with MicroPython's positional signatures."""

from __future__ import annotations

__all__ = ["from_bytes", "to_bytes"]


def from_bytes(data, byteorder="big", signed=False):
    """``int.from_bytes(bytes, byteorder, signed=False)``."""
    if byteorder not in ("little", "big"):
        raise ValueError("invalid byteorder")
    return int.from_bytes(bytes(data), byteorder, signed=bool(signed))


def to_bytes(self, length=1, byteorder="big", signed=False):
    """``n.to_bytes(size, byteorder, signed=False)``."""
    if byteorder not in ("little", "big"):
        raise ValueError("invalid byteorder")
    if length < 0:
        raise ValueError()  # MicroPython gives no message
    try:
        return int.to_bytes(self, length, byteorder, signed=bool(signed))
    except OverflowError:
        raise OverflowError("buffer too small") from None
