"""``gc``: collection control and heap figures.

Basic version: figures come from ``vm.heap`` when the VM has one (the GC issue adds it:
``heap.collect()``, ``heap.free()``, ``heap.used()``, ``heap.size``); without it the
heap is ``vm.heapsize`` bytes (default 1 MiB) of which an estimate is in use.
"""

from __future__ import annotations

from vm.native import NativeModule

module = NativeModule("gc")

__all__ = ["module"]

_DEFAULT_HEAP = 1024 * 1024
_BASELINE_USE = 3 * 1024  # what a fresh unix-port heap holds after start-up


def _install(vm: object, attrs: dict) -> None:
    state = {"enabled": True, "threshold": -1}

    def heap():
        return getattr(vm, "heap", None)

    def collect():
        h = heap()
        if h is not None:
            h.collect()

    def enable():
        state["enabled"] = True

    def disable():
        state["enabled"] = False

    def isenabled():
        return state["enabled"]

    def mem_alloc():
        h = heap()
        return h.used() if h is not None else _BASELINE_USE

    def mem_free():
        h = heap()
        if h is not None:
            return h.free()
        size = getattr(vm, "heapsize", None) or _DEFAULT_HEAP
        return size - _BASELINE_USE

    def threshold(amount=None):
        if amount is None:
            return state["threshold"]
        state["threshold"] = amount
        return None

    for fn in (collect, enable, disable, isenabled, mem_alloc, mem_free, threshold):
        fn.__mp_native__ = True  # type: ignore[attr-defined]
        attrs[fn.__name__] = fn


module.on_import = _install
