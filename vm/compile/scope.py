"""Scopes and identifier analysis, following MicroPython's ``py/scope.c`` rules.

Identifiers are recorded in first-seen order; after every scope has been walked once,
``compute_locals`` numbers the locals exactly as mpy-cross does (parameters first, a
``*args`` parameter after the keyword-only ones, then plain locals, then cells; free
variables come first of all and are passed in as extra positional arguments).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Identifier kinds
UNDECIDED, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, LOCAL, CELL, FREE = range(6)

# Identifier flags
IS_PARAM, IS_STAR_PARAM, IS_DBL_STAR_PARAM = 1, 2, 4

# Scope flags as stored in the prelude signature
FLAG_GENERATOR, FLAG_VARKEYWORDS, FLAG_VARARGS, FLAG_DEFKWARGS = 1, 2, 4, 8

FUNC_LIKE = {"function", "lambda", "listcomp", "dictcomp", "setcomp", "genexpr"}


@dataclass
class IdInfo:
    name: str
    kind: int
    flags: int = 0
    local_num: int = 0


@dataclass
class Scope:
    kind: str
    node: object
    parent: "Scope | None"
    simple_name: str
    ids: list[IdInfo] = field(default_factory=list)
    num_pos_args: int = 0
    num_kwonly_args: int = 0
    num_def_pos_args: int = 0
    num_locals: int = 0
    flags: int = 0
    exc_stack_size: int = 0
    children: list["Scope"] = field(default_factory=list)
    made_children: list["Scope"] = field(default_factory=list)  # in emission order
    by_name: dict[str, IdInfo] = field(default_factory=dict)  # the same ids, by name
    raw_code: object = None

    @property
    def func_like(self) -> bool:
        return self.kind in FUNC_LIKE

    def find(self, name: str) -> IdInfo | None:
        return self.by_name.get(name)

    def find_or_add(self, name: str, kind: int) -> tuple[IdInfo, bool]:
        info = self.by_name.get(name)
        if info is not None:
            return info, False
        info = self.by_name[name] = IdInfo(name, kind)
        self.ids.append(info)
        return info, True

    def find_global(self, name: str) -> IdInfo | None:
        s = self
        while s.parent is not None:
            s = s.parent
        return s.find(name)

    def find_local_in_parent(self, name: str) -> IdInfo | None:
        s = self.parent
        while s is not None and s.parent is not None:
            info = s.find(name)
            if info is not None:
                return info
            s = s.parent
        return None

    def close_over_in_parents(self, name: str) -> None:
        s = self.parent
        while s is not None and s.parent is not None:
            info, added = s.find_or_add(name, FREE)
            if added:
                info.kind = FREE
            else:
                if info.kind == LOCAL:
                    info.kind = CELL
                return
            s = s.parent

    def check_to_close_over(self, info: IdInfo) -> None:
        found = self.find_local_in_parent(info.name)
        if found is not None and found.kind in (LOCAL, CELL, FREE):
            info.kind = FREE
            self.close_over_in_parents(info.name)

    # ## Identifier uses during the scope pass

    def note_load(self, name: str) -> None:
        info, _ = self.find_or_add(name, GLOBAL_IMPLICIT)
        if info.kind == GLOBAL_IMPLICIT:
            self.check_to_close_over(info)

    def note_store(self, name: str) -> IdInfo:
        info, _ = self.find_or_add(name, GLOBAL_IMPLICIT)
        if self.func_like and info.kind == GLOBAL_IMPLICIT:
            info.kind = LOCAL
        return info

    def compute_locals(self) -> None:
        """Number locals, cells and free variables (scope_compute_things)."""
        ids = self.ids
        if self.flags & FLAG_VARARGS:
            plain = None
            for i in range(len(ids) - 1, -1, -1):
                if ids[i].flags & IS_STAR_PARAM:
                    if plain is not None:
                        ids[plain], ids[i] = ids[i], ids[plain]
                    break
                if plain is None and ids[i].flags == IS_PARAM:
                    plain = i
        self.num_locals = 0
        for info in ids:
            if self.kind == "class" and info.name == "__class__":
                continue
            if self.func_like and info.kind == GLOBAL_IMPLICIT:
                info.kind = GLOBAL_EXPLICIT
            if info.kind == LOCAL or info.flags & IS_PARAM:
                info.local_num = self.num_locals
                self.num_locals += 1
        for info in ids:
            if info.kind == CELL and not info.flags & IS_PARAM:
                info.local_num = self.num_locals
                self.num_locals += 1
        if self.parent is not None:
            num_free = 0
            for pinfo in self.parent.ids:
                if pinfo.kind in (CELL, FREE):
                    for info in ids:
                        if info.kind == FREE and info.name == pinfo.name:
                            info.local_num = num_free
                            num_free += 1
            if num_free:
                for info in ids:
                    if info.kind != FREE or info.flags & IS_PARAM:
                        info.local_num += num_free
                self.num_pos_args += num_free
                self.num_locals += num_free
