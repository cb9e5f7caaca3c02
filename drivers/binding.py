"""Per-VM driver classes: a host class written once, bound to one board's hardware.

`bind(cls, hw, **attrs)` makes a subclass of `cls` whose class attributes `_hw` (the
`Hardware`), `_port` (its `Port` profile) and `attrs` (the port's constants) are set, named
for the VM as `cls` is.  Each VM importing ``machine`` gets its own classes, so two
emulated boards in one process never share a pin.
"""

from __future__ import annotations

from typing import Any

from drivers.ports import port_of


def bind(cls: type, hw: Any, **attrs: Any) -> type:
    """A VM type: `cls` bound to `hw` (see module docstring)."""
    name = cls.__dict__.get("__mp_name__", cls.__name__)
    body = {"_hw": hw, "_port": port_of(hw.family), "__mp_name__": name,
            "__mp_native__": True, "__module__": cls.__module__, "__qualname__": name}
    body.update(attrs)
    return type(name, (cls,), body)


def to_int(value: Any, what: str = "int") -> int:
    """An int argument, MicroPython's TypeError otherwise (bools are ints)."""
    if isinstance(value, int):
        return int(value)
    from vm.objects.typeinfo import type_name
    raise TypeError(f"can't convert {type_name(value)} to {what}")


def buffer_bytes(buf: Any) -> bytes:
    """The bytes of a buffer-protocol argument (bytes, bytearray, memoryview, array)."""
    if isinstance(buf, str):
        return buf.encode()
    try:
        return bytes(memoryview(buf).cast("B"))
    except TypeError:
        raise TypeError("object with buffer protocol required") from None
    except ValueError:
        return bytes(buf)


def writable(buf: Any) -> memoryview:
    """A byte view of a writable buffer (bytearray, memoryview, array)."""
    try:
        mv = memoryview(buf)
    except TypeError:
        raise TypeError("object with buffer protocol required") from None
    if mv.readonly:
        raise TypeError("object with buffer protocol required")
    return mv.cast("B") if mv.format != "B" or mv.ndim != 1 else mv
