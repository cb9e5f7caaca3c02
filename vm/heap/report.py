"""The text of ``micropython.mem_info()`` and ``micropython.qstr_info()``.

Formats as MicroPython's py/modmicropython.c and py/gc.c print them: the stack line, the
``GC:`` totals, the block statistics and (verbose) the block map, 64 blocks a line, with
``h`` for the head of an allocation, ``=`` for its tail and ``.`` for a free block.
"""

from __future__ import annotations

from typing import TextIO

from vm.heap.census import vm_frames
from vm.heap.heap import Heap

__all__ = ["mem_info", "qstr_info", "stack_use", "STACK_BYTES_PER_FRAME"]

#: C stack one VM call costs on MicroPython (mp_execute_bytecode + fun_bc_call frames).
STACK_BYTES_PER_FRAME = 200
_STACK_BASE = 400
_MAP_LINE = 64


def stack_use(heap: Heap) -> int:
    """``micropython.stack_use()``: an estimate from the depth of running VM calls."""
    return _STACK_BASE + STACK_BYTES_PER_FRAME * max(0, len(vm_frames(heap.vm)) - 1)


def stack_limit(heap: Heap) -> int:
    return int(getattr(heap.vm, "stack_bytes", 0) or 40000)


def _block_runs(heap: Heap) -> list[int]:
    """Block counts of the live allocations, as the last collection laid them out."""
    lay = heap.layout
    c = heap.last
    runs = [lay.blocks(n) for n in (c.allocations if c is not None else ())]
    runs += [lay.blocks(n) for n in heap.qstrs.allocations()]
    used = sum(runs)
    if heap.used_blocks > used:
        runs.append(heap.used_blocks - used)  # charged since the last collection
    return [r for r in runs if r > 0]


def mem_info(heap: Heap, out: TextIO, verbose: bool = False) -> None:
    """``micropython.mem_info([verbose])``."""
    total, used, free = heap.total, heap.mem_alloc(), heap.mem_free()
    out.write(f"stack: {stack_use(heap)} out of {stack_limit(heap)}\n")
    out.write(f"GC: total: {total}, used: {used}, free: {free}\n")
    runs = _block_runs(heap)
    ones = sum(1 for r in runs if r == 1)
    twos = sum(1 for r in runs if r == 2)
    biggest = max(runs, default=0)
    bm = heap.blockmap
    if bm is not None:  # the longest free run, small objects charged since included
        max_free = bm.largest_free(max(0, heap.used_blocks - bm.placed))
    else:
        max_free = free // heap.block_bytes
    out.write(f" No. of 1-blocks: {ones}, 2-blocks: {twos}, max blk sz: {biggest}, "
              f"max free sz: {max_free}\n")
    if verbose:
        _block_map(heap, runs, out)


def _cells(heap: Heap, runs: list[int]) -> str:
    """One character per block: from the block map where the heap keeps one, else the
    live allocations packed from block 0."""
    bm = heap.blockmap
    if bm is not None and bm.n_blocks == heap.total_blocks:
        return bm.cells()
    text = "".join("h" + "=" * (r - 1) for r in runs)
    return text + "." * max(0, heap.total_blocks - len(text))


def _block_map(heap: Heap, runs: list[int], out: TextIO) -> None:
    text = _cells(heap, runs)
    out.write("GC memory layout; from 0:\n")
    lines = [text[i:i + _MAP_LINE] for i in range(0, len(text), _MAP_LINE)]
    free_run = 0
    for i, line in enumerate(lines):
        if set(line) == {"."} and 0 < i < len(lines) - 1:
            free_run += 1
            continue
        if free_run:
            out.write(f"       ({free_run} lines all free)\n")
            free_run = 0
        out.write(f"{i * _MAP_LINE * heap.block_bytes:08x}: {line}\n")


def qstr_info(heap: Heap, out: TextIO, verbose: bool = False) -> None:
    """``micropython.qstr_info([verbose])``."""
    n_pool, n_qstr, n_data, n_total = heap.qstrs.info()
    out.write(f"qstr pool: n_pool={n_pool}, n_qstr={n_qstr}, n_str_data_bytes={n_data}, "
              f"n_total_bytes={n_total}\n")
    if verbose:
        for s in heap.qstrs.ram:
            out.write(f"Q({s})\n")
