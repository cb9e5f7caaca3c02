"""``micropython``: const, opt_level, kbd_intr, schedule and the memory reports.

``schedule`` queues ``(func, arg)`` on ``vm.schedule_queue`` (bounded, depth
``SCHEDULE_DEPTH`` as MicroPython's default) and raises the VM's pending flag
``vm.pending_events = True``; the engine drains it with ``run_scheduled(vm)`` at its
pending-event checks.  The memory reports are basic until the GC issue gives the VM a heap.
"""

from __future__ import annotations

from collections import deque

from vm.native import NativeModule

module = NativeModule("micropython")

__all__ = ["module", "SCHEDULE_DEPTH", "run_scheduled", "schedule_queue"]

SCHEDULE_DEPTH = 8


@module.function
def const(value):
    """``const(x)`` is ``x`` (the compiler folds it where it can)."""
    return value


def schedule_queue(vm: object) -> deque:
    """The VM's scheduled-callback queue (created on first use)."""
    q = getattr(vm, "schedule_queue", None)
    if q is None:
        q = deque()
        try:
            vm.schedule_queue = q  # type: ignore[union-attr]
        except AttributeError:
            pass
    return q


def run_scheduled(vm: object) -> int:
    """Run every queued callback (oldest first); returns how many ran."""
    q = schedule_queue(vm)
    n = 0
    while q:
        func, arg = q.popleft()
        func(arg)
        n += 1
    try:
        vm.pending_events = False  # type: ignore[union-attr]
    except AttributeError:
        pass
    return n


def _install(vm: object, attrs: dict) -> None:
    def out():
        return getattr(vm, "stdout", None) or __import__("sys").stdout

    def opt_level(level=None):
        if level is None:
            return getattr(vm, "opt_level", 0)
        vm.opt_level = level  # type: ignore[union-attr]
        return None

    def kbd_intr(chr_):
        vm.kbd_intr_char = chr_  # type: ignore[union-attr]

    def schedule(func, arg):
        q = schedule_queue(vm)
        if len(q) >= SCHEDULE_DEPTH:
            raise RuntimeError("schedule queue full")
        q.append((func, arg))
        try:
            vm.pending_events = True  # type: ignore[union-attr]
        except AttributeError:
            pass

    def _heap_figures():
        heap = getattr(vm, "heap", None)
        size = getattr(vm, "heapsize", None) or 1024 * 1024
        if heap is not None:
            return heap.size, heap.used(), heap.free()
        used = 3 * 1024
        return size, used, size - used

    def mem_info(verbose=None):
        total, used, free = _heap_figures()
        o = out()
        o.write(f"stack: {stack_use()} out of 80000\n")
        o.write(f"GC: total: {total}, used: {used}, free: {free}\n")
        o.write(f" No. of 1-blocks: 0, 2-blocks: 0, max blk sz: 0, max free sz: "
                f"{free // 16}\n")

    def qstr_info(verbose=None):
        out().write("qstr pool: n_pool=0, n_qstr=0, n_str_data_bytes=0, "
                    "n_total_bytes=0\n")

    def stack_use():
        return 1000

    def heap_lock():
        depth = getattr(vm, "heap_lock_depth", 0) + 1
        vm.heap_lock_depth = depth  # type: ignore[union-attr]
        return depth - 1

    def heap_unlock():
        depth = max(0, getattr(vm, "heap_lock_depth", 0) - 1)
        vm.heap_lock_depth = depth  # type: ignore[union-attr]
        return depth

    def heap_locked():
        return getattr(vm, "heap_lock_depth", 0)

    def alloc_emergency_exception_buf(size):
        return None

    for fn in (opt_level, kbd_intr, schedule, mem_info, qstr_info, stack_use, heap_lock,
               heap_unlock, heap_locked, alloc_emergency_exception_buf):
        fn.__mp_native__ = True  # type: ignore[attr-defined]
        attrs[fn.__name__] = fn


module.on_import = _install
