"""Delivering hardware events to VM handlers: hard (between bytecodes, heap locked) or soft.

Drivers call `hard(vm, handler, arg)` for `Pin.irq(hard=True)` and `soft(vm, handler, arg)`
for everything that goes through `micropython.schedule` (soft pin IRQs, Timer callbacks,
UART.irq).  Both go to the VM's interrupt scheduler (vm/runtime/scheduler.py), which runs
them on the VM's thread between bytecodes, or at once when the VM is idle in a sleep.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Handler = Callable[[Any], object]


def hard(vm: Any, handler: Handler, arg: object,
         on_error: Callable[[BaseException], object] | None = None) -> None:
    """Run `handler(arg)` at the next point between bytecodes, with the heap locked."""
    from vm.runtime.scheduler import scheduler_of
    scheduler_of(vm).hard_irq(handler, arg, on_error)


def hard_now(vm: Any, handler: Handler, arg: object,
             on_error: Callable[[BaseException], object] | None = None) -> None:
    """Run `handler(arg)` at once with the heap locked (an event the VM's own native call
    caused, on its thread); queued like `hard` inside another hard handler."""
    from vm.runtime.scheduler import scheduler_of
    scheduler_of(vm).hard_irq_now(handler, arg, on_error)


def soft(vm: Any, handler: Handler, arg: object) -> bool:
    """Queue `handler(arg)` as micropython.schedule does; False when the queue is full."""
    from vm.runtime.scheduler import scheduler_of
    return bool(scheduler_of(vm).schedule(handler, arg))


def pending(vm: Any) -> bool:
    """Whether an event waits for delivery to `vm`'s running code."""
    from vm.interp.pending import pending_of
    return bool(pending_of(vm).flag[0])
