"""Tab completion of names and attributes at the friendly REPL (``py/repl.c``'s rules).

The word before the cursor (letters, digits, ``_`` and ``.``) is split at its dots: the
leading parts are looked up (``__main__``'s globals, then the builtins; then attributes as
the VM's ``dir``/``getattr`` see them) and the last part is completed among the names of
what they name.  One candidate: the rest of it is inserted.  Several: their common
prefix is inserted if longer than what was typed, else they are listed.  Names starting
with ``_`` are offered only when the typed part starts with ``_``.
"""

from __future__ import annotations

import os

__all__ = ["Completer"]


class Completer:
    """Completes REPL input against one VM's ``__main__`` and builtins."""

    def __init__(self, vm) -> None:
        self.vm = vm

    def _globals(self) -> dict:
        main = self.vm.modules.get("__main__")
        return main.__dict__ if main is not None else {}

    def _names_of(self, obj) -> list[str]:
        try:
            names = self.vm.builtins["dir"](obj)
        except BaseException:  # noqa: BLE001 - an object whose dir() fails has no names
            return []
        return [n for n in names if isinstance(n, str)]

    def _lookup(self, parts: list[str]):
        scope = self._globals()
        if parts[0] in scope:
            obj = scope[parts[0]]
        elif parts[0] in self.vm.builtins:
            obj = self.vm.builtins[parts[0]]
        else:
            raise LookupError(parts[0])
        for name in parts[1:]:
            try:
                obj = self.vm.builtins["getattr"](obj, name)
            except BaseException:  # noqa: BLE001 - no such attribute: nothing to complete
                raise LookupError(name) from None
        return obj

    def __call__(self, text: str) -> tuple[str, list[str]]:
        """``(insert, candidates)`` for the line ``text`` up to the cursor."""
        start = len(text)
        while start and (text[start - 1].isalnum() or text[start - 1] in "_."):
            start -= 1
        word = text[start:]
        *path, partial = word.split(".")
        if path:
            try:
                names = self._names_of(self._lookup(path))
            except LookupError:
                return "", []
        else:
            names = list(self._globals()) + list(self.vm.builtins)
        hide_private = not partial.startswith("_")
        found = sorted({n for n in names if n.startswith(partial)
                        and not (hide_private and n.startswith("_"))})
        if not found:
            return "", []
        if len(found) == 1:
            return found[0][len(partial):], []
        common = os.path.commonprefix(found)
        if len(common) > len(partial):
            return common[len(partial):], []
        return "", found
