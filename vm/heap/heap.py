"""One VM's heap: a fixed number of GC blocks, a lock, a meter and mark-and-sweep.

How the figures are kept:

* ``live_blocks`` is exact after a collection: ``collect()`` walks the VM's live values
  from the real roots (``vm.heap.census``) and costs them with MicroPython's layouts,
  plus the RAM qstr pools, the bytecode of code compiled onto the heap and the fixed
  start-up allocations of the port.
* Between collections, translated code charges the blocks of what it allocates
  (``charge``; see ``vm.heap.meter`` for the sites).  When a charge would pass the heap
  size (or the ``gc.threshold``), the heap collects and, if the request still does not
  fit, raises ``MemoryError`` to the VM code — which can catch it and carry on.
* While locked (``lock``/``unlock`` nest), any charge raises
  ``MemoryError: memory allocation failed, heap is locked``.

The fast path is inline in the translated code: ``meter`` is a one-element list holding
the blocks left before the limit (which folds the heap size, the threshold and the lock
into one number); a charge subtracts from it and calls ``press`` only when it goes
negative.  ``used_blocks`` is derived: the limit minus what is left.
"""

from __future__ import annotations

from typing import Iterable

from vm.heap.census import Census, ShallowCoster, take_census
from vm.heap.layout import Layout, gc_pool_bytes
from vm.heap.meter import hooks
from vm.heap.placement import BlockMap
from vm.heap.qstrs import QstrPool

__all__ = ["Heap", "DEFAULT_HEAP_BYTES", "LOCKED_MESSAGE"]

#: The unix port's default heap: 1 MiB per 32 bits of word.
DEFAULT_HEAP_BYTES = 1024 * 1024
LOCKED_MESSAGE = "memory allocation failed, heap is locked"

#: What the unix port holds after start-up (sys.path, sys.argv, the __main__ module's
#: context...), in words; its qstrs (the two library paths) are interned separately.
_STARTUP_ALLOCATIONS_WORDS = (4, 8, 4, 4, 4, 8, 4, 4, 4, 4, 4, 4, 4)
_STARTUP_QSTRS = ("~/.micropython/lib", "/usr/lib/micropython")

#: Heaps up to this size (every microcontroller board) keep a block map, so that a large
#: request can fail on fragmentation (``vm.heap.placement``); bigger ones (the unix port's
#: megabytes, where it never decides anything) keep totals only, which is cheaper.
PLACEMENT_MAX_BYTES = 512 * 1024


class Heap:
    """The heap of one VM (see module docstring).

    ``region_bytes`` is the heap region given to the collector (a board's ``heap_bytes``
    or ``-X heapsize``); ``total`` is what it can hand out after its own tables."""

    def __init__(self, vm: object = None, region_bytes: int | None = None,
                 word_bits: int | None = None) -> None:
        self.vm = vm
        self._region = region_bytes
        self._word_bits = word_bits
        self._layout: Layout | None = None
        self.qstrs = QstrPool(self.word_bits)
        self.qstrs.intern_all(_STARTUP_QSTRS)
        self.lock_depth = 0
        self.enabled = True
        self.threshold_bytes = -1
        self.roots: list[object] = []
        self.collections = 0
        self.live_blocks = 0
        #: Blocks left before ``limit`` (a list so translated code updates it in place).
        self.meter = [0]
        self.limit = 0
        self.last: Census | None = None
        self._collecting = False
        self._coster: ShallowCoster | None = None
        #: The block map (None until the first collection, and on big heaps).
        self.blockmap: BlockMap | None = None
        #: What translated code binds: ``vm.heap.meter.hooks``.
        self.hooks: tuple = hooks(self)

    # ## Geometry

    @property
    def word_bits(self) -> int:
        if self._word_bits is not None:
            return self._word_bits
        return int(getattr(self.vm, "word_bits", 32) or 32)

    @property
    def layout(self) -> Layout:
        lay = self._layout
        if lay is None or lay.word_bits != self.word_bits:
            lay = self._layout = Layout(self.word_bits)
            self.qstrs.word = lay.word
        return lay

    @property
    def region_bytes(self) -> int:
        if self._region is not None:
            return self._region
        size = getattr(self.vm, "heapsize", None)
        return int(size) if size else DEFAULT_HEAP_BYTES * self.word_bits // 32

    @property
    def block_bytes(self) -> int:
        return self.layout.block

    @property
    def total(self) -> int:
        """Bytes the collector can hand out (``GC: total:``)."""
        return gc_pool_bytes(self.region_bytes, self.block_bytes)

    @property
    def total_blocks(self) -> int:
        return self.total // self.block_bytes

    @property
    def size(self) -> int:
        return self.total

    # ## The lock

    @property
    def locked(self) -> bool:
        return self.lock_depth > 0

    def lock(self) -> None:
        """``micropython.heap_lock()``: allocations fail until the matching unlock."""
        self.lock_depth += 1
        self._set_limit(-1)

    def unlock(self) -> int:
        """``micropython.heap_unlock()``: returns the remaining lock depth."""
        if self.lock_depth:
            self.lock_depth -= 1
        if not self.lock_depth:
            self._reset_limit()
        return self.lock_depth

    # ## The meter

    @property
    def used_blocks(self) -> int:
        """Blocks in use: exact after a collection, plus what was charged since."""
        return self.limit - self.meter[0]

    @used_blocks.setter
    def used_blocks(self, blocks: int) -> None:
        self.meter[0] = self.limit - blocks

    def _set_limit(self, limit: int) -> None:
        used = self.limit - self.meter[0]
        self.limit = limit
        self.meter[0] = limit - used

    def charge(self, blocks: int) -> None:
        """Account an allocation of ``blocks`` GC blocks (collecting or failing if needed)."""
        meter = self.meter
        meter[0] -= blocks
        if meter[0] < 0:
            self.press(blocks)

    def press(self, blocks: int) -> None:
        """The slow path of a charge of ``blocks`` that took ``meter`` below zero."""
        self.meter[0] += blocks
        self._pressure(blocks)

    def charge_bytes(self, nbytes: int) -> None:
        """Account one allocation of ``nbytes`` bytes."""
        if nbytes > 0:
            self.charge(-(-nbytes // self.layout.block))

    def release(self, blocks: int) -> None:
        """Account an explicit free (``m_del``/the old array of a ``m_renew``)."""
        self.used_blocks = max(0, self.used_blocks - blocks)

    def charge_object(self, obj: object) -> None:
        """Account a just-built object (its own allocations, not what it references)."""
        coster = self._coster
        if coster is None or coster.walker.layout is not self.layout:
            coster = self._coster = ShallowCoster(self.layout, self.qstrs.is_qstr)
        parts = coster.parts(obj)
        if self.blockmap is not None:
            self.place_object(obj, parts)
            return
        b = self.layout.blocks
        blocks = sum(b(n) for n in parts)
        if blocks:
            self.charge(blocks)

    def _pressure(self, blocks: int) -> None:
        if self.lock_depth:
            raise MemoryError(LOCKED_MESSAGE)
        if self._collecting:
            self.used_blocks += blocks
            return
        if not self.collections:
            self.collect()
            if self.used_blocks + blocks <= self.limit:
                self.used_blocks += blocks
                return
        total = self.total_blocks
        if self.enabled:
            self.collect()  # py/gc.c: only when automatic collection is on
        elif self.used_blocks + blocks > total:
            # No collection, but what is live (uncharged allocations included) is in use
            # at least: garbage that was charged stays in ``used_blocks``.
            self.used_blocks = max(self.used_blocks, self._live_blocks())
        if self.used_blocks + blocks > total:
            raise MemoryError(f"memory allocation failed, allocating "
                              f"{blocks * self.block_bytes} bytes")
        self.used_blocks += blocks
        self._reset_limit()

    def _reset_limit(self) -> None:
        if self.lock_depth:
            self._set_limit(-1)
            return
        if not self.collections:
            self._set_limit(0)  # the first charge takes a census first
            return
        total = self.total_blocks
        if self.threshold_bytes >= 0 and self.enabled:
            total = min(total, self.live_blocks + self.threshold_bytes // self.block_bytes)
        self._set_limit(total)

    # ## Collection

    def add_root(self, obj: object) -> None:
        """Keep ``obj`` (and what it references) alive: a driver's registered root."""
        self.roots.append(obj)

    def remove_root(self, obj: object) -> None:
        for i, r in enumerate(self.roots):
            if r is obj:
                del self.roots[i]
                return

    def census(self, records: list | None = None) -> Census:
        """Walk the live values (no side effects on the figures)."""
        lay = self.layout
        return take_census(self.vm, lay, self.qstrs.is_qstr, extra_roots=self.roots,
                           records=records)

    def _live_blocks(self, records: list | None = None) -> int:
        self._collecting = True
        try:
            c = self.census(records)
            self._intern_code(c)
        finally:
            self._collecting = False
        lay = self.layout
        blocks = c.blocks(lay)
        blocks += sum(lay.blocks(n) for n in self.qstrs.allocations())
        blocks += sum(lay.blocks(lay.words(w)) for w in _STARTUP_ALLOCATIONS_WORDS)
        self.last = c
        return blocks

    def collect(self) -> None:
        """``gc.collect()``: mark from the roots and sweep everything else."""
        if self._collecting:
            return
        placing = self.region_bytes <= PLACEMENT_MAX_BYTES
        records: list | None = [] if placing else None
        blocks = self._live_blocks(records)
        self.live_blocks = blocks
        self.used_blocks = blocks
        self.collections += 1
        if records is not None:
            self._relayout(records, blocks)
        else:
            self.blockmap = None
        self._reset_limit()

    # ## Fragmentation (the block map, small heaps only)

    def _relayout(self, records: list, blocks: int) -> None:
        b = self.layout.blocks
        live = [(obj, [b(n) for n in parts]) for obj, parts in records]
        anon = blocks - sum(sum(sizes) for _, sizes in live)
        bm = self.blockmap
        if bm is None or bm.n_blocks != self.total_blocks:
            bm = self.blockmap = BlockMap(self.total_blocks)
        bm.relayout(live, max(0, anon))

    def _pending(self, bm: BlockMap, just_charged: int) -> int:
        """Blocks charged inline since the last layout (small objects with no place)."""
        return max(0, self.used_blocks - just_charged - bm.placed)

    def place_object(self, obj: object, sizes: list[int]) -> None:
        """Account a just-built ``obj`` whose allocations are ``sizes`` bytes, and give it
        a place in the block map: a large one can fail on fragmentation alone (collecting
        first, as py/gc.c does when no free run is long enough)."""
        b = self.layout.blocks
        blocks = [b(n) for n in sizes]
        total = sum(blocks)
        if not total:
            return
        self.charge(total)  # the totals: may collect or fail first
        bm = self.blockmap
        if bm is None:
            return
        if bm.place(obj, blocks, self._pending(bm, total)):
            return
        self.used_blocks -= total
        if self.enabled and not self._collecting:
            self.collect()
            bm = self.blockmap
            if bm is not None and bm.place(obj, blocks, self._pending(bm, 0)):
                self.used_blocks += total
                return
        raise MemoryError(f"memory allocation failed, allocating {max(sizes)} bytes")

    def grow_list(self, lst: object, n: int) -> None:
        """A list of ``n`` items doubles its item array (m_renew): the new array of ``2n``
        words needs a free run while the old one of ``n`` words is live; then the old one
        is freed."""
        new = n // 2
        self.charge(new)
        bm = self.blockmap
        if bm is not None and lst is not None and \
                not bm.replace_part(lst, 1, new, self._pending(bm, new)):
            self.used_blocks -= new
            placed = False
            if self.enabled and not self._collecting:
                self.collect()
                bm = self.blockmap
                placed = bm is not None and bm.replace_part(lst, 1, new, self._pending(bm, 0))
            if not placed:
                raise MemoryError(f"memory allocation failed, allocating "
                                  f"{new * self.block_bytes} bytes")
            self.used_blocks += new
        self.release(n // 4)

    def _intern_code(self, c: Census) -> None:
        for compiled in c.compiled.values():
            self.intern_module(compiled)

    def intern_module(self, compiled: object) -> None:
        """Intern a compiled module's qstrs (done when code is compiled or loaded)."""
        qs: Iterable = getattr(compiled, "qstrs", ())
        self.qstrs.intern_all(qs)

    # ## Figures

    def mem_alloc(self) -> int:
        """``gc.mem_alloc()``: bytes in use (exact after a collection)."""
        if not self.collections:
            self.collect()
        return min(self.used_blocks, self.total_blocks) * self.block_bytes

    def mem_free(self) -> int:
        """``gc.mem_free()``."""
        return self.total - self.mem_alloc()

    def used(self) -> int:
        return self.mem_alloc()

    def free(self) -> int:
        return self.mem_free()

    def set_threshold(self, nbytes: int) -> None:
        self.threshold_bytes = nbytes
        self._reset_limit()
