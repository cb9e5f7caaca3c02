"""MicroPython's method resolution order: depth-first, left to right.

MicroPython looks an attribute up in the class, then in each base in turn *including that
base's own bases* before moving to the next base (``mp_obj_class_lookup``); it has no C3
linearisation.  For ``class D(L, R)`` with ``L`` and ``R`` both deriving from ``Base`` the
order is D, L, Base, R — CPython's is D, L, R, Base.  Single inheritance and multiple
inheritance without shared bases give the same order either way, so only classes whose
orders differ get the metaclass ``DepthFirstType``, which the VM reports as ``type``.
"""

from __future__ import annotations

__all__ = ["DepthFirstType", "depth_first_order", "needs_depth_first"]


def depth_first_order(cls: type) -> list[type]:
    """``cls`` and its bases in MicroPython's lookup order (``object`` last)."""
    order: list[type] = []
    seen: set[type] = set()

    def visit(c: type) -> None:
        if c is object or c in seen:
            return
        seen.add(c)
        order.append(c)
        for b in c.__bases__:
            visit(b)

    visit(cls)
    order.append(object)
    return order


def needs_depth_first(bases: tuple) -> bool:
    """True when a class with ``bases`` would resolve differently under C3."""
    if len(bases) < 2:
        return any(type(b) is DepthFirstType for b in bases)
    seen: set[type] = set()
    for b in bases:
        for c in b.__mro__:
            if c is not object:
                if c in seen:
                    return True
                seen.add(c)
    return False


class DepthFirstType(type):
    """Metaclass of user classes whose attribute lookup needs MicroPython's order."""

    __mp_name__ = "type"

    def mro(cls) -> list[type]:
        return depth_first_order(cls)
