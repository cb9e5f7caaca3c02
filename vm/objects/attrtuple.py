"""MicroPython's attrtuple: a tuple whose fields also read as attributes
(``sys.implementation``), printed ``(name='micropython', version=(1, 27, 0, ''))``."""

from __future__ import annotations

__all__ = ["attrtuple"]


class AttrTuple(tuple):
    """Read-only tuple with named fields."""

    __mp_name__ = "tuple"
    _fields: tuple[str, ...] = ()

    def __getattr__(self, name: str):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __mp_repr__(self) -> str:
        from vm.runtime.repr import repr_value
        return "(" + ", ".join(f"{n}={repr_value(v)}" for n, v in zip(self._fields, self)) + ")"


def attrtuple(**fields: object) -> AttrTuple:
    """A new attrtuple with these fields, in order."""
    t = AttrTuple(fields.values())
    t._fields = tuple(fields)  # type: ignore[misc]
    return t
