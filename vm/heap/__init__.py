"""The heap: MicroPython's object layouts, GC blocks, qstr pools and mark-and-sweep.

``Heap`` (one per VM, ``vm.heap``) is the interface the rest of the system uses:
``lock()``/``unlock()``/``locked``, ``mem_alloc()``/``mem_free()``, ``collect()``,
``charge()``; ``layout`` says what each object costs; ``census`` is the mark walk.
"""

from vm.heap.heap import DEFAULT_HEAP_BYTES, LOCKED_MESSAGE, Heap
from vm.heap.layout import Layout

__all__ = ["Heap", "Layout", "DEFAULT_HEAP_BYTES", "LOCKED_MESSAGE"]
