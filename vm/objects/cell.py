"""Cells: the boxes that hold variables shared between a function and its closures.

A cell is created empty for a local that inner functions capture (the prelude's cell
list) or holding the argument's value when the captured local is a parameter.  The value
lives in the slot ``v``; an empty cell simply has no ``v`` (reading it raises
AttributeError with ``obj`` set to the cell, which the engine turns into MicroPython's
``NameError: local variable referenced before assignment``).
"""

from __future__ import annotations

__all__ = ["Cell"]


class Cell:
    """A closure cell (MicroPython's ``cell`` type)."""

    __slots__ = ("v",)
    __mp_name__ = "cell"

    def __init__(self, *value: object) -> None:
        if value:
            self.v = value[0]

    def __repr__(self) -> str:
        try:
            return f"<cell {self.v!r}>"
        except AttributeError:
            return "<cell (nil)>"
