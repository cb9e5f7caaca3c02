"""``gc``: collection control and heap figures, over the VM's heap (``vm.heap``).

``collect`` runs a full mark-and-sweep; ``enable``/``disable`` switch automatic
collection (an allocation that does not fit still collects before failing, as on the
board); ``threshold(n)`` collects whenever ``n`` more bytes have been allocated since the
last collection (``threshold()`` reads it back, -1 when unset).
"""

from __future__ import annotations

from vm.native import NativeModule

module = NativeModule("gc")

__all__ = ["module"]


def _heap_of(vm: object):
    heap = getattr(vm, "heap", None)
    if heap is None:
        from vm.heap import Heap
        heap = Heap(vm)
        try:
            vm.heap = heap  # type: ignore[union-attr]
        except AttributeError:
            pass
    return heap


def _install(vm: object, attrs: dict) -> None:
    heap = _heap_of(vm)

    def collect():
        heap.collect()

    def enable():
        heap.enabled = True
        heap.set_threshold(heap.threshold_bytes)

    def disable():
        heap.enabled = False
        heap.set_threshold(heap.threshold_bytes)

    def isenabled():
        return heap.enabled

    def mem_alloc():
        return heap.mem_alloc()

    def mem_free():
        return heap.mem_free()

    def threshold(amount=None):
        if amount is None:
            return heap.threshold_bytes
        if not isinstance(amount, int):
            raise TypeError("can't convert %s to int" % type(amount).__name__)
        heap.set_threshold(amount)
        return None

    for fn in (collect, enable, disable, isenabled, mem_alloc, mem_free, threshold):
        fn.__mp_native__ = True  # type: ignore[attr-defined]
        attrs[fn.__name__] = fn


module.on_import = _install
