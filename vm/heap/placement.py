"""Where allocations sit in the heap: a block map, so that fragmentation can fail a request.

MicroPython's allocator is first fit over a table of blocks and never moves an object, so
a large request can fail while enough blocks are free in total: the free ones are split
into runs between survivors.  This map reproduces that:

* each object the VM knows at allocation time (what ``bytearray(n)``, ``list(x)``... built,
  a list's item array when it doubles) is placed first fit at once, keyed by the object
  (a strong reference, so the key cannot be reused by another object);
* what translated code charges inline (tuples, small lists, instances...) is not placed one
  by one: it is *pending*, and counted as filling the lowest free blocks, which is where
  first fit puts small objects;
* a collection keeps every surviving object where it was, frees the rest, and places the
  live objects that had no place yet (the pending ones), first fit in the order the mark
  walk met them; allocations of no single object (code, qstr pools, start-up) are kept as
  anonymous runs that grow or shrink at the end of the heap's low part.

The map is one byte per block (0 free, 1 in use), so first fit is ``bytearray.find`` in C.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["BlockMap"]

_FREE_RUN = re.compile(b"\x00+")


class BlockMap:
    """The block map of one heap of ``n_blocks`` blocks."""

    def __init__(self, n_blocks: int) -> None:
        self.n_blocks = n_blocks
        self.map = bytearray(n_blocks)
        #: id(owner) -> (owner, [(start, blocks), ...]) one run per allocation of owner.
        self.runs: dict[int, tuple[object, list[tuple[int, int]]]] = {}
        self.anon: list[tuple[int, int]] = []
        #: Blocks charged since the last layout that have no place in the map.
        self.placed = 0

    # ## Queries

    def free_runs(self, pending: int = 0) -> Iterable[tuple[int, int]]:
        """(start, length) of each free run, lowest first, after ``pending`` blocks of
        small objects took the lowest free blocks."""
        for m in _FREE_RUN.finditer(self.map):
            start, end = m.span()
            if pending:
                take = min(pending, end - start)
                pending -= take
                start += take
                if start == end:
                    continue
            yield start, end - start

    def largest_free(self, pending: int = 0) -> int:
        return max((n for _, n in self.free_runs(pending)), default=0)

    def first_fit(self, blocks: int, pending: int = 0) -> int:
        """The start of the first free run that holds ``blocks`` (-1 if none)."""
        for start, n in self.free_runs(pending):
            if n >= blocks:
                return start
        return -1

    # ## Placing

    def _mark(self, start: int, blocks: int, value: int) -> None:
        self.map[start:start + blocks] = bytes([value]) * blocks
        self.placed += blocks if value else -blocks

    def place(self, owner: object, sizes: list[int], pending: int = 0) -> bool:
        """Place a just-built object of ``sizes`` block runs; False if one does not fit
        (nothing is placed then)."""
        done: list[tuple[int, int]] = []
        for blocks in sizes:
            if blocks <= 0:
                done.append((0, 0))
                continue
            start = self.first_fit(blocks, pending)
            if start < 0:
                for s, b in done:
                    if b:
                        self._mark(s, b, 0)
                return False
            self._mark(start, blocks, 1)
            done.append((start, blocks))
        self.forget(owner)
        self.runs[id(owner)] = (owner, done)
        return True

    def replace_part(self, owner: object, index: int, blocks: int, pending: int = 0) -> bool:
        """``m_renew`` of allocation ``index`` of ``owner`` to ``blocks``: the new run is
        found while the old one is still in use, then the old one is freed."""
        entry = self.runs.get(id(owner))
        if entry is None or entry[0] is not owner or index >= len(entry[1]):
            return self.first_fit(blocks, pending) >= 0  # unplaced: only check it fits
        start = self.first_fit(blocks, pending)
        if start < 0:
            return False
        self._mark(start, blocks, 1)
        old_start, old_blocks = entry[1][index]
        if old_blocks:
            self._mark(old_start, old_blocks, 0)
        entry[1][index] = (start, blocks)
        return True

    def forget(self, owner: object) -> None:
        entry = self.runs.pop(id(owner), None)
        if entry is not None:
            for s, b in entry[1]:
                if b:
                    self._mark(s, b, 0)

    # ## Collection

    def relayout(self, live: list[tuple[object, list[int]]], anon_blocks: int) -> None:
        """After a mark walk: ``live`` is every live object with its allocations' block
        counts (walk order); ``anon_blocks`` the blocks of allocations of no object."""
        old = self.runs
        self.map = bytearray(self.n_blocks)
        self.placed = 0
        self.runs = {}
        unplaced: list[tuple[object, list[int]]] = []
        for owner, sizes in live:
            entry = old.get(id(owner))
            if entry is not None and entry[0] is owner and \
                    [b for _, b in entry[1]] == sizes and self._free(entry[1]):
                for s, b in entry[1]:
                    if b:
                        self._mark(s, b, 1)
                self.runs[id(owner)] = entry
            else:
                unplaced.append((owner, sizes))
        self._anon(anon_blocks)
        for owner, sizes in unplaced:
            if not self.place(owner, sizes):
                self.runs[id(owner)] = (owner, [(0, 0)] * len(sizes))  # no room: unmapped

    def _free(self, runs: list[tuple[int, int]]) -> bool:
        m = self.map
        return all(not any(m[s:s + b]) for s, b in runs if b)

    def _anon(self, blocks: int) -> None:
        kept: list[tuple[int, int]] = []
        have = 0
        for s, b in self.anon:
            if have >= blocks:
                break
            b = min(b, blocks - have)
            if self._free([(s, b)]):
                self._mark(s, b, 1)
                kept.append((s, b))
                have += b
        while have < blocks:
            start = self.first_fit(1)
            if start < 0:
                break
            # The longest stretch that fits from the first free block.
            n = min(blocks - have, next(n for s, n in self.free_runs() if s == start))
            self._mark(start, n, 1)
            kept.append((start, n))
            have += n
        self.anon = kept

    # ## Drawing

    def cells(self) -> str:
        """One character per block: ``h`` head, ``=`` tail, ``.`` free (mem_info)."""
        out = ["."] * self.n_blocks
        for _, runs in self.runs.values():
            for s, b in runs:
                if b:
                    out[s] = "h"
                    for i in range(s + 1, s + b):
                        out[i] = "="
        for s, b in self.anon:
            out[s] = "h"
            for i in range(s + 1, s + b):
                out[i] = "="
        return "".join(out)
