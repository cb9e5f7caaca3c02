"""Module-wide qstr and constant tables, filled in first-use order as mpy-cross does."""

from __future__ import annotations

from vm.compile.fold import same_constant


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


class ConstTable:
    """The constant-object table, merging equal constants of the same type (as
    MicroPython's ``mp_emit_common_use_const_obj``)."""

    def __init__(self):
        self.items: list[object] = []

    def use(self, obj) -> int:
        for i, item in enumerate(self.items):
            if item is obj or same_constant(item, obj):
                return i
        self.items.append(obj)
        return len(self.items) - 1
