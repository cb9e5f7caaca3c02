"""Interrupt delivery for one VM: hard IRQ handlers and ``micropython.schedule``'s queue.

How a driver raises an interrupt (pin edge, timer, UART rx, radio)::

    vm.scheduler.hard_irq(handler, arg)        # hard handler: runs at once, heap locked
    ok = vm.scheduler.schedule(handler, arg)   # soft: bounded queue, False when full

Both are thread-safe: a host thread (real-time mode, a socket reader) and the clock's
timer callbacks (virtual mode) may call them at any moment.  Nothing runs on the caller's
thread: the event is queued and the VM's own thread runs it *between bytecodes*, at the
pending-event check of translated code (``vm.pending``, vm/interp/pending.py), or at once when
the VM is idle in ``idle_until`` (``time.sleep``, ``select.poll``, asyncio's wait,
``machine.lightsleep``), which the event wakes.

Semantics, after MicroPython's ``py/scheduler.c`` and ``shared/runtime/mp_irq.c``:

* Hard handlers all run at the first check after they are raised, in the order raised,
  with the heap locked (``vm.heap.lock()``, so allocating raises ``MemoryError: memory
  allocation failed, heap is locked``) and the scheduler locked (no soft callback runs
  inside one).  Hard handlers do not nest.  None is ever dropped.
* Soft callbacks wait in a FIFO of ``depth`` entries (MicroPython's
  ``MICROPY_SCHEDULER_DEPTH``, 8 on the ports Mote emulates); ``schedule`` refuses a call
  when it is full (``micropython.schedule`` then raises ``RuntimeError: schedule queue
  full``).  One callback runs per check, never inside another soft callback or a hard
  handler, so a callback's own code cannot be interrupted by the next callback.
* An exception escaping a soft callback is printed (traceback to the VM's stdout) and the
  program goes on; one escaping a hard handler is printed after ``Uncaught exception in
  IRQ callback handler`` (to the VM's stderr) and ``on_error`` is told, so a driver can
  disable that IRQ as MicroPython's ``mp_irq`` does.  A ``KeyboardInterrupt`` or
  ``SystemExit`` raised by a handler propagates into the interrupted code.

Latency bound: translated code checks at every backward jump and every function entry, so
an event raised while user code runs is handled before that code executes more than one
branch-free run of bytecodes of one function body (the longest such run in the running
function; no loop iteration and no call happens first), or once the native call in
progress returns.  In virtual time, handling costs no simulated time: an event raised at
virtual time T is handled at T.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Any, Callable

__all__ = ["Scheduler", "SCHEDULER_DEPTH", "scheduler_of", "IRQ_UNCAUGHT"]

#: MicroPython's ``MICROPY_SCHEDULER_DEPTH`` on the unix, stm32, esp32 and rp2 ports.
SCHEDULER_DEPTH = 8

#: The line MicroPython prints before the traceback of a failing hard handler.
IRQ_UNCAUGHT = "Uncaught exception in IRQ callback handler\n"

#: Longest real-time idle step between looks at the engine's pending events (Ctrl-C).
_REAL_TIME_STEP_US = 50_000

#: Exceptions a handler may use to stop the program (not printed-and-ignored).
_PROPAGATE = (KeyboardInterrupt, SystemExit)


class Scheduler:
    """The interrupt and scheduled-callback queues of one VM (``vm.scheduler``)."""

    def __init__(self, vm: Any, depth: int = SCHEDULER_DEPTH) -> None:
        self.vm = vm
        #: Capacity of the soft queue (``micropython.schedule``).
        self.depth = depth
        self._lock = threading.Lock()
        self._hard: deque = deque()  # (func, arg, on_error)
        self._soft: deque = deque()  # (func, arg)
        self._armed = False  # a service() call is queued at the pending check
        self._in_hard = 0  # running a hard handler
        self._sched_locked = 0  # running a soft callback or a hard handler
        #: Counters (read by tests and benches): handlers run, soft calls refused.
        self.hard_run = 0
        self.soft_run = 0
        self.soft_refused = 0

    # ## Raising events (any thread)

    def schedule(self, func: Callable[[Any], Any], arg: Any) -> bool:
        """Queue soft callback ``func(arg)``; False (nothing queued) when the queue is full.

        ``micropython.schedule`` turns False into ``RuntimeError('schedule queue full')``.
        """
        with self._lock:
            if len(self._soft) >= self.depth:
                self.soft_refused += 1
                return False
            self._soft.append((func, arg))
            arm = self._arm_locked()
        if arm:
            self._deliver()
        return True

    def hard_irq(self, func: Callable[[Any], Any], arg: Any,
                 on_error: Callable[[BaseException], Any] | None = None) -> None:
        """Raise a hard interrupt: ``func(arg)`` runs between bytecodes, heap locked.

        ``on_error(exc)`` is called (after the exception is printed) when the handler
        raises, so the driver can disable the IRQ as MicroPython does.
        """
        with self._lock:
            self._hard.append((func, arg, on_error))
            arm = self._arm_locked()
        if arm:
            self._deliver()

    def hard_irq_now(self, func: Callable[[Any], Any], arg: Any,
                     on_error: Callable[[BaseException], Any] | None = None) -> None:
        """Run hard handler ``func(arg)`` at once, on the VM's own thread: for an event the
        running code itself caused inside a native call (``pin.value(1)`` on a pin wired
        to an IRQ pin), which real hardware services before the call returns; handlers it
        raises in turn run right after it (tail-chained).  Queued as ``hard_irq`` does when
        a hard handler is running (they do not nest) or others wait (order is kept)."""
        with self._lock:
            queue = bool(self._in_hard or self._hard)
        if queue:
            self.hard_irq(func, arg, on_error)
            return
        self._run_hard(func, arg, on_error)
        while True:  # what it raised in turn runs next, before the call returns
            with self._lock:
                if not self._hard:
                    return
                func, arg, on_error = self._hard.popleft()
            self._run_hard(func, arg, on_error)

    def pending(self) -> tuple[int, int]:
        """``(hard, soft)``: how many events wait for delivery."""
        with self._lock:
            return len(self._hard), len(self._soft)

    def clear(self) -> None:
        """Drop every queued event (soft reset)."""
        with self._lock:
            self._hard.clear()
            self._soft.clear()

    # ## Delivery (the VM's thread)

    def _arm_locked(self) -> bool:
        if self._armed:
            return False
        self._armed = True
        return True

    def _deliver(self) -> None:
        from vm.interp.pending import pending_of
        pending_of(self.vm).schedule(self.service)
        self.wake()

    def wake(self) -> None:
        """End an ``idle_until`` in progress early (an event arrived)."""
        clock = getattr(self.vm, "clock", None)
        wake = getattr(clock, "wake", None)
        if wake is not None:
            wake(self.vm)

    def service(self) -> None:
        """Run what is due: every hard handler, then (if unlocked) one soft callback.

        Called at the pending-event check; re-arms itself while soft callbacks wait.
        """
        with self._lock:
            self._armed = False
        try:
            if not self._in_hard:
                while True:
                    with self._lock:
                        if not self._hard:
                            break
                        func, arg, on_error = self._hard.popleft()
                    self._run_hard(func, arg, on_error)
            if not self._sched_locked:
                with self._lock:
                    item = self._soft.popleft() if self._soft else None
                if item is not None:
                    self._run_soft(*item)
        finally:
            # Also after a KeyboardInterrupt from a handler: what is left stays deliverable.
            with self._lock:
                more = (bool(self._hard) and not self._in_hard) or \
                    (bool(self._soft) and not self._sched_locked)
                arm = more and self._arm_locked()
            if arm:
                self._deliver()

    def run_pending(self) -> None:
        """Deliver everything deliverable now (the VM's check, from native waiting code).

        Runs the engine's pending callbacks too (Ctrl-C's KeyboardInterrupt).
        """
        from vm.interp.pending import pending_of
        pending = pending_of(self.vm)
        while pending.flag[0]:
            pending.service()

    def idle_until(self, at_us: int) -> None:
        """The VM is idle until ``at_us`` on its clock: handle events as they arrive.

        Used by ``time.sleep*`` and ``machine.lightsleep``.  In virtual time the VM
        counts as idle, so the world clock may jump; an event wakes it, its handlers run
        at the virtual time they were raised, then the sleep goes on to ``at_us``.
        """
        from vm.modules.time import clock_of
        clock = clock_of(self.vm)
        while clock.now_us() < at_us:
            self.idle(at_us)
        self.run_pending()

    def idle(self, at_us: int) -> None:
        """One idle step: deliver pending events, then sleep until ``at_us`` or an event.

        ``select.poll`` uses it to re-check its objects after each event; a driver whose
        stream becomes ready calls ``wake()`` to end the step early.
        """
        from vm.modules.time import clock_of
        self.run_pending()
        clock = clock_of(self.vm)
        now = clock.now_us()
        if now < at_us:
            if not getattr(clock, "is_virtual", False):
                # Ctrl-C reaches the engine's pending list without waking the clock:
                # look at it at least every _REAL_TIME_STEP_US.
                at_us = min(at_us, now + _REAL_TIME_STEP_US)
            clock.sleep_until(at_us, self.vm)
        self.run_pending()

    def _run_hard(self, func, arg, on_error) -> None:
        heap = getattr(self.vm, "heap", None)
        lock = getattr(heap, "lock", None)
        self._in_hard += 1
        self._sched_locked += 1
        if lock is not None:
            lock()
        try:
            func(arg)
        except _PROPAGATE:
            raise
        except BaseException as exc:  # noqa: BLE001 - printed, as MicroPython does
            self._report(exc, IRQ_UNCAUGHT, getattr(self.vm, "stderr", None))
            if on_error is not None:
                on_error(exc)
        finally:
            if lock is not None:
                heap.unlock()
            self._sched_locked -= 1
            self._in_hard -= 1
            self.hard_run += 1

    def _run_soft(self, func, arg) -> None:
        self._sched_locked += 1
        try:
            func(arg)
        except _PROPAGATE:
            raise
        except BaseException as exc:  # noqa: BLE001 - printed, as MicroPython does
            self._report(exc, "", getattr(self.vm, "stdout", None))
        finally:
            self._sched_locked -= 1
            self.soft_run += 1

    def _report(self, exc: BaseException, header: str, stream) -> None:
        import sys
        from vm.interp.support import vm_exception
        from vm.runtime.traceback import print_exception
        stream = stream if stream is not None else sys.stdout
        if header:
            stream.write(header)
        print_exception(vm_exception(exc, False), stream)


def scheduler_of(vm: Any) -> Scheduler:
    """``vm.scheduler``, created on first use for VM objects made without one."""
    sched = getattr(vm, "scheduler", None)
    if sched is None:
        sched = Scheduler(vm)
        vm.scheduler = sched
    return sched
