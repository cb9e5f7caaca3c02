"""One VM's pending events: the flag translated code tests and the callbacks it then runs.

Every VM owns one ``PendingEvents`` (``vm.pending``).  Translated code binds that VM's
``flag`` list and ``service`` method when a function is made (``vm.interp.translate``
reads them from the function's context, so code shared between VMs still checks its own
VM's flag) and tests ``flag[0]`` at every backward jump and every function entry: a
pending event is serviced after at most one loop iteration or one call, so the bound is
the longest branch-free run of bytecodes in one function body.

Keeping the flag per VM matters when several devices share one process (the simulated
world): an interrupt raised for one board must be serviced by that board's thread only.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["PendingEvents", "pending_of"]


class PendingEvents:
    """A VM's pending-event flag and its queue of callbacks to run between bytecodes."""

    __slots__ = ("callbacks", "flag")

    def __init__(self) -> None:
        #: ``[1]`` while a callback waits; a one-element list so translated code can bind
        #: it once and test it with one index operation.
        self.flag: list[int] = [0]
        self.callbacks: list[Callable[[], object]] = []

    def schedule(self, callback: Callable[[], object]) -> None:
        """Run ``callback()`` at this VM's next pending-event check.

        Thread-safe; ``callback`` may raise (``KeyboardInterrupt``) to interrupt user code."""
        self.callbacks.append(callback)
        self.flag[0] = 1

    def service(self) -> None:
        """Run the waiting callbacks (called by translated code when ``flag[0]`` is set)."""
        flag = self.flag
        callbacks = self.callbacks
        flag[0] = 0
        try:
            while callbacks:
                callbacks.pop(0)()
        finally:
            if callbacks:  # a callback raised (Ctrl-C): the rest stay pending
                flag[0] = 1

    def discard(self, callback: Callable[[], object]) -> None:
        """Forget every queued ``callback`` (e.g. a Ctrl-C that arrived too late)."""
        self.callbacks[:] = [cb for cb in self.callbacks if cb is not callback]


def pending_of(vm: object) -> PendingEvents:
    """``vm.pending``, created on first use for VM objects made without one."""
    pending = getattr(vm, "pending", None)
    if pending is None:
        pending = PendingEvents()
        vm.pending = pending  # type: ignore[attr-defined]
    return pending
