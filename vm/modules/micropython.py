"""``micropython``: const, opt_level, kbd_intr, schedule and the memory reports.

``schedule`` queues ``(func, arg)`` on the VM's interrupt scheduler
(``vm/runtime/scheduler.py``: bounded, depth ``SCHEDULE_DEPTH``), which the engine drains
at its pending-event checks.  The memory reports and the heap lock are the VM's heap's
(``vm/heap``).
"""

from __future__ import annotations

from vm.native import NativeModule
from vm.runtime.scheduler import SCHEDULER_DEPTH as SCHEDULE_DEPTH

module = NativeModule("micropython")

__all__ = ["module", "SCHEDULE_DEPTH", "run_scheduled"]


@module.function
def const(value):
    """``const(x)`` is ``x`` (the compiler folds it where it can)."""
    return value


def run_scheduled(vm: object) -> int:
    """Deliver every queued interrupt and scheduled callback now; returns how many ran."""
    from vm.runtime.scheduler import scheduler_of
    sched = scheduler_of(vm)
    before = sched.hard_run + sched.soft_run
    sched.run_pending()
    return sched.hard_run + sched.soft_run - before


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
        # The VM's interrupt scheduler (vm/runtime/scheduler.py) owns the bounded queue.
        from vm.runtime.scheduler import scheduler_of
        if not scheduler_of(vm).schedule(func, arg):
            raise RuntimeError("schedule queue full")

    # The memory reports and the heap lock: vm/heap (report.py formats the text).
    from vm.heap import report as _report
    from vm.modules.gc import _heap_of
    heap = _heap_of(vm)

    def mem_info(verbose=None):
        _report.mem_info(heap, out(), verbose is not None)

    def qstr_info(verbose=None):
        _report.qstr_info(heap, out(), verbose is not None)

    def stack_use():
        return _report.stack_use(heap)

    def heap_lock():
        heap.lock()

    def heap_unlock():
        return heap.unlock()

    def heap_locked():
        return heap.lock_depth

    def alloc_emergency_exception_buf(size):
        return None

    for fn in (opt_level, kbd_intr, schedule, mem_info, qstr_info, stack_use, heap_lock,
               heap_unlock, heap_locked, alloc_emergency_exception_buf):
        fn.__mp_native__ = True  # type: ignore[attr-defined]
        attrs[fn.__name__] = fn


module.on_import = _install
