"""What each object costs on MicroPython's heap, for 32- and 64-bit object words.

Facts from MicroPython's ``py/`` sources (read for the numbers, not copied):

* the GC hands out blocks of four words (16 bytes on 32-bit ports, 32 on 64-bit), and
  every allocation is rounded up to whole blocks;
* small ints (31/63-bit signed) and interned strings (qstrs) are tagged values: free;
* a float is boxed (one ``mp_obj_float_t``) under object representation A and B; under
  C (30-bit floats) and D (NaN-boxing) it is free;
* a list is a 4-word header plus a separately allocated item array of ``alloc`` words
  (at least 4; ``append`` doubles it);
* a dict or an instance's member map is a 4-word object plus a table of ``alloc`` key/value
  pairs, ``alloc`` walking ``HASH_ALLOCATION_SIZES`` as the table fills;
* a str/bytes is a 4-word object (base, hash, length, data pointer) plus its data and NUL;
* a big int is a 4-word object plus its 16-bit digits (at least 2).

Each ``Layout`` method returns the *allocations* (byte sizes) one object makes, because
each is its own heap block run: a list header and its items are two allocations.
"""

from __future__ import annotations

__all__ = ["Layout", "HASH_ALLOCATION_SIZES", "hash_alloc_for", "LIST_MIN_ALLOC",
           "gc_pool_bytes"]

#: py/map.c's growth table for hash tables (dicts, sets, instance members).
HASH_ALLOCATION_SIZES = (0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167,
                         223, 293, 389, 521, 691, 919, 1223, 1627, 2161, 3229, 4831, 7243,
                         10861, 16273, 24407, 36607, 54907)

#: py/objlist.c: a new list holds room for at least this many items.
LIST_MIN_ALLOC = 4


def hash_alloc_for(n: int) -> int:
    """The table size a map grown one key at a time has when it holds ``n`` keys.

    A map rehashes only when full (py/map.c), so the size is the first table entry that
    can hold ``n``."""
    for size in HASH_ALLOCATION_SIZES:
        if size >= n:
            return size
    size = HASH_ALLOCATION_SIZES[-1]
    while size < n:
        size = (size + size // 2) | 1
    return size


def gc_pool_bytes(region_bytes: int, block_bytes: int) -> int:
    """The bytes ``gc_init`` can hand out from a heap region of ``region_bytes``.

    py/gc.c keeps its allocation table (2 bits per block) and finaliser table (1 bit per
    block) at the start of the region; what is left, rounded down to whole table bytes,
    is the pool (``GC: total:`` in ``mem_info``)."""
    blocks_per_atb = 4
    blocks_per_ftb = 8
    bits = 8
    atb_len = region_bytes * bits // (bits + bits * blocks_per_atb // blocks_per_ftb
                                      + bits * blocks_per_atb * block_bytes)
    return atb_len * blocks_per_atb * block_bytes


class Layout:
    """Object costs for one word size (``word_bits`` 32 or 64)."""

    def __init__(self, word_bits: int = 32, boxed_floats: bool = True) -> None:
        self.word_bits = word_bits
        self.word = word_bits // 8
        self.block = 4 * self.word
        self.boxed_floats = boxed_floats
        # Small ints are word_bits - 1 bits wide, signed.
        self.small_int_min = -(1 << (word_bits - 2))
        self.small_int_max = (1 << (word_bits - 2)) - 1

    # ## Blocks

    def blocks(self, nbytes: int) -> int:
        """Whole GC blocks an allocation of ``nbytes`` takes (0 for no allocation)."""
        return -(-nbytes // self.block) if nbytes > 0 else 0

    def words(self, n: int) -> int:
        return n * self.word

    # ## Scalars

    def is_small_int(self, value: int) -> bool:
        return self.small_int_min <= value <= self.small_int_max

    def int_(self, value: int) -> tuple[int, ...]:
        if self.is_small_int(value):
            return ()
        digits = max(2, -(-abs(value).bit_length() // 16))
        return (self.words(4), 2 * digits)

    def float_(self) -> tuple[int, ...]:
        # mp_obj_float_t: base word + a double.
        return (self.word + 8,) if self.boxed_floats else ()

    def complex_(self) -> tuple[int, ...]:
        return (self.word + 16,)

    def str_(self, length: int) -> tuple[int, ...]:
        """A str/bytes object of ``length`` bytes that is not an interned qstr."""
        return (self.words(4), length + 1)

    def bytearray_(self, length: int, itemsize: int = 1) -> tuple[int, ...]:
        # mp_obj_array_t (base, typecode+free, len, items) + the items.
        return (self.words(4), length * itemsize) if length else (self.words(4),)

    # ## Containers

    def tuple_(self, n: int) -> tuple[int, ...]:
        return (self.words(2 + n),) if n else ()

    def list_(self, alloc: int) -> tuple[int, ...]:
        return (self.words(4), self.words(alloc))

    def map_(self, alloc: int) -> tuple[int, ...]:
        """A dict: object + table of ``alloc`` key/value pairs."""
        return (self.words(4), self.words(2 * alloc)) if alloc else (self.words(4),)

    def set_(self, alloc: int) -> tuple[int, ...]:
        return (self.words(4), self.words(alloc)) if alloc else (self.words(4),)

    def instance(self, members_alloc: int) -> tuple[int, ...]:
        """An instance of a user class: base + member map, then the map's table."""
        return self.map_(members_alloc)

    # ## Code objects

    def function(self, n_extra: int = 0) -> tuple[int, ...]:
        # mp_obj_fun_bc_t: base, context, child table, bytecode, then default args.
        return (self.words(4 + n_extra),)

    def closure(self, n_closed: int) -> tuple[int, ...]:
        # mp_obj_closure_t: base, fun, n_closed, closed[...].
        return (self.words(3 + n_closed),)

    def cell(self) -> tuple[int, ...]:
        return (self.words(2),)

    def bound_method(self) -> tuple[int, ...]:
        return (self.words(3),)

    def generator(self, n_state: int, n_exc_stack: int) -> tuple[int, ...]:
        # mp_obj_gen_instance_t: base, pend_exc, then mp_code_state_t (fun, ip, sp,
        # n_state/exc_sp_idx, old_globals) and the state and exception-stack words.
        return (self.words(7 + n_state + 3 * n_exc_stack),)

    def raw_code(self, fun_data_len: int, n_children: int) -> tuple[int, ...]:
        """One compiled function: its ``mp_raw_code_t``, bytecode and child table."""
        # kind/flags, fun_data, children and fun_data_len: one block on 32-bit ports.
        parts = (self.words(4), fun_data_len)
        return parts + (self.words(n_children),) if n_children else parts

    def type_(self) -> tuple[int, ...]:
        # mp_obj_full_type_t: base, flags, name, then 12 slot words and their index bytes.
        return (self.words(16),)

    def module(self) -> tuple[int, ...]:
        return (self.words(2),)

    def exception(self) -> tuple[int, ...]:
        # mp_obj_exception_t: base, traceback len/alloc, traceback data, args.
        return (self.words(4),)

    def small_object(self, n_words: int = 4) -> tuple[int, ...]:
        """Iterators, ranges, slices, memoryviews and other fixed-size objects."""
        return (self.words(n_words),)
