"""Module-wide qstr and constant tables, filled in first-use order as mpy-cross does."""

from __future__ import annotations


class QstrTable:
    """Qstr index allocation: the source file name is always entry 0."""

    def __init__(self, source_file: str):
        self.items: list[str] = [source_file]
        self._index = {source_file: 0}

    def use(self, name: str) -> int:
        idx = self._index.get(name)
        if idx is None:
            idx = self._index[name] = len(self.items)
            self.items.append(name)
        return idx


def _same_const(a, b) -> bool:
    # MicroPython only merges constants of the same type that compare equal.
    if type(a) is not type(b):
        return False
    if isinstance(a, tuple):
        return len(a) == len(b) and all(_same_const(x, y) for x, y in zip(a, b))
    return a == b


class ConstTable:
    """The constant-object table, merging equal constants of the same type."""

    def __init__(self):
        self.items: list[object] = []

    def use(self, obj) -> int:
        for i, item in enumerate(self.items):
            if item is obj or _same_const(item, obj):
                return i
        self.items.append(obj)
        return len(self.items) - 1
