"""``map``, ``filter``, ``zip`` and ``enumerate`` that know how deeply they are nested.

On MicroPython each level of ``map(f, map(f, ...))`` is a C call when the outer one is
iterated, so a few thousand levels end in ``RuntimeError: maximum recursion depth
exceeded``.  The host's iterators nest in C without any check (CPython itself crashes; on
the VM's deep-stack thread they would quietly succeed).  These subclasses record their
nesting depth when built; past ``NESTING_LIMIT`` the object is still created, but iterating
it raises that RuntimeError, which is when the board raises it.  Iteration itself stays the
host's C code: only construction pays for the depth check.
"""

from __future__ import annotations

import gc
from typing import Any, Iterator

from vm.runtime.ops import get_iter

__all__ = ["NESTING_LIMIT", "map_", "filter_", "zip_", "enumerate_"]

#: As deep as VM calls may nest (one iterator level costs the board a C frame, as a call
#: costs it a frame; the real VM's limit scales with its stack, like its call depth).
NESTING_LIMIT = 1000


_MISSING = object()


def _too_deep() -> Iterator[Any]:
    raise RuntimeError("maximum recursion depth exceeded")
    yield  # pragma: no cover - makes this a generator


def _census(obj: object, header_words: int) -> tuple[int, list]:
    """``__mp_census__`` for the heap's walk: (words the object takes, values it holds).

    The host keeps the iterators in a tuple (the first one its traversal visits; zip's
    second is a reused result tuple MicroPython does not have): MicroPython keeps them
    inline, one word each."""
    held: list = []
    tuples = 0
    for r in gc.get_referents(obj):
        if isinstance(r, type):
            continue
        if type(r) is tuple:
            tuples += 1
            if tuples == 1:
                held.extend(r)
            continue
        held.append(r)
    return header_words + len(held), held


def _depth(args: tuple) -> int:
    depth = 0
    for a in args:
        d = getattr(a, "_mote_depth", 0) if isinstance(a, _NESTED) else 0
        if d > depth:
            depth = d
    return depth + 1


class map_(map):
    """``map`` (VM name ``map``), counting nesting."""

    __slots__ = ("_mote_depth",)
    __mp_name__ = "map"

    def __mp_census__(self) -> tuple[int, list]:
        return _census(self, 2)  # base, n_iters; then fun and the iterators

    def __new__(cls, *args):
        if len(args) < 2:
            raise TypeError(f"function missing {2 - len(args)} required positional arguments")
        func, iterables = args[0], args[1:]
        depth = _depth(iterables)
        if depth > NESTING_LIMIT:
            self = super().__new__(cls, func, _too_deep())
        else:
            self = super().__new__(cls, func, *map(get_iter, iterables))
        self._mote_depth = depth
        return self


class filter_(filter):
    """``filter`` (VM name ``filter``), counting nesting."""

    __slots__ = ("_mote_depth",)
    __mp_name__ = "filter"

    def __mp_census__(self) -> tuple[int, list]:
        return _census(self, 1)  # base; then fun and the iterator

    def __new__(cls, *args):
        if len(args) != 2:
            raise TypeError(f"function takes 2 positional arguments but {len(args)} were given")
        func, iterable = args
        depth = _depth((iterable,))
        self = super().__new__(cls, func,
                               _too_deep() if depth > NESTING_LIMIT else get_iter(iterable))
        self._mote_depth = depth
        return self


class zip_(zip):
    """``zip`` (VM name ``zip``), counting nesting."""

    __slots__ = ("_mote_depth",)
    __mp_name__ = "zip"

    def __mp_census__(self) -> tuple[int, list]:
        return _census(self, 2)  # base, n_iters; then the iterators

    def __new__(cls, *iterables):
        depth = _depth(iterables)
        self = super().__new__(cls, *((_too_deep(),) if depth > NESTING_LIMIT
                                     else map(get_iter, iterables)))
        self._mote_depth = depth
        return self


class enumerate_(enumerate):
    """``enumerate`` (VM name ``enumerate``), counting nesting."""

    __slots__ = ("_mote_depth",)
    __mp_name__ = "enumerate"

    def __mp_census__(self) -> tuple[int, list]:
        words, held = _census(self, 2)  # base, the counter; then the iterator
        return words, [h for h in held if type(h) is not int]

    def __new__(cls, iterable=_MISSING, start=0):
        if iterable is _MISSING:
            raise TypeError("'iterable' argument required")
        depth = _depth((iterable,))
        self = super().__new__(cls, _too_deep() if depth > NESTING_LIMIT else get_iter(iterable),
                               start)
        self._mote_depth = depth
        return self


_NESTED = (map_, filter_, zip_, enumerate_)
