"""The world clock: the one source of time for every device in a simulated world.

Two clocks share one interface (``Clock``):

* ``VirtualClock`` -- time stands still while any participant (a device's VM) is busy,
  and jumps straight to the next deadline once every participant is idle.  A node that
  sleeps for an hour costs nothing, and a run is deterministic: the same inputs give the
  same sequence of times and callbacks.
* ``RealTimeClock`` -- time is the host's monotonic clock (optionally from an offset),
  so pty REPLs and host sockets see real seconds go by.

Time is an integer number of microseconds since the world started (``now_us()``).
Callbacks scheduled with ``schedule(at_us, cb)`` run on the thread that is advancing the
clock (a device's ``sleep_until``, or ``advance_to_next_event``), in time order, ties in
scheduling order, with no clock lock held -- so a callback may schedule or cancel more.

MicroPython's ``time.ticks_*`` values are derived from this clock by ``ticks_ms`` and
``ticks_us`` below; they wrap with period ``TICKS_PERIOD`` (2**30) like the ports with
30-bit small ints (the real VM: ``time.ticks_add(0, -1) == 2**30 - 1``).
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from typing import Callable

__all__ = ["TICKS_PERIOD", "ticks_add", "ticks_diff", "ticks_ms", "ticks_us",
           "Timer", "Clock", "VirtualClock", "RealTimeClock"]

################################################################################
# ticks arithmetic (MicroPython semantics)

TICKS_PERIOD = 1 << 30
_TICKS_MASK = TICKS_PERIOD - 1
_TICKS_HALF = TICKS_PERIOD // 2


def ticks_add(ticks: int, delta: int) -> int:
    """``time.ticks_add``: ``ticks + delta`` wrapped into [0, TICKS_PERIOD).

    Like MicroPython, a delta of half the period or more either way is refused.
    """
    if not -_TICKS_HALF < delta < _TICKS_HALF:
        raise OverflowError("ticks interval overflow")
    return (ticks + delta) & _TICKS_MASK


def ticks_diff(a: int, b: int) -> int:
    """``time.ticks_diff``: the signed distance a - b, in [-PERIOD/2, PERIOD/2)."""
    return ((a - b + _TICKS_HALF) & _TICKS_MASK) - _TICKS_HALF


def ticks_ms(clock: "Clock") -> int:
    """``time.ticks_ms()`` for a device reading ``clock``."""
    return (clock.now_us() // 1000) & _TICKS_MASK


def ticks_us(clock: "Clock") -> int:
    """``time.ticks_us()`` for a device reading ``clock``."""
    return clock.now_us() & _TICKS_MASK


################################################################################
# Shared machinery


class Timer:
    """A scheduled callback; ``cancel()`` it to stop it from running."""

    __slots__ = ("at_us", "callback", "cancelled", "_seq")

    def __init__(self, at_us: int, callback: Callable[[], object], seq: int):
        self.at_us = at_us
        self.callback = callback
        self.cancelled = False
        self._seq = seq

    def __lt__(self, other: "Timer") -> bool:
        return (self.at_us, self._seq) < (other.at_us, other._seq)

    def cancel(self) -> None:
        self.cancelled = True

    def __repr__(self) -> str:
        state = " cancelled" if self.cancelled else ""
        return f"<Timer at {self.at_us}us{state}>"


class Clock:
    """What every world clock offers.  Subclasses define how time moves.

    ``epoch_us`` is the wall time (µs since 1970-01-01 UTC) at clock time 0: what
    ``time.time()`` and the RTC read is ``epoch_us + now_us()``.
    """

    epoch_us: int = 0
    #: True for clocks whose time jumps (readers must not poll in small time slices).
    is_virtual: bool = False
    #: A wake-up time meaning "no deadline": ``sleep_until(FOREVER)`` ends only by ``wake``.
    FOREVER = 1 << 62

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._timers: list[Timer] = []
        self._seq = itertools.count()

    # -- reading ----------------------------------------------------------------
    def now_us(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def now_ms(self) -> int:
        return self.now_us() // 1000

    # -- scheduling -------------------------------------------------------------
    def schedule(self, at_us: int, callback: Callable[[], object]) -> Timer:
        """Run ``callback()`` once the clock reaches ``at_us`` (at once if past)."""
        with self._cond:
            timer = Timer(int(at_us), callback, next(self._seq))
            heapq.heappush(self._timers, timer)
            self._cond.notify_all()
            return timer

    def schedule_in(self, delay_us: int, callback: Callable[[], object]) -> Timer:
        """Run ``callback()`` ``delay_us`` from now."""
        return self.schedule(self.now_us() + delay_us, callback)

    def cancel(self, timer: Timer) -> None:
        """Stop ``timer`` from running (no effect if it already ran)."""
        timer.cancel()

    def next_event_us(self) -> int | None:
        """When the earliest pending callback is due, or None."""
        with self._lock:
            self._drop_cancelled()
            return self._timers[0].at_us if self._timers else None

    def _drop_cancelled(self) -> None:
        while self._timers and self._timers[0].cancelled:
            heapq.heappop(self._timers)

    def _pop_due(self, now: int) -> Timer | None:
        with self._lock:
            self._drop_cancelled()
            if self._timers and self._timers[0].at_us <= now:
                return heapq.heappop(self._timers)
            return None

    def run_due(self) -> int:
        """Run every callback due by now; returns how many ran."""
        n = 0
        while True:
            timer = self._pop_due(self.now_us())
            if timer is None:
                return n
            timer.callback()  # no lock held: it may schedule more
            n += 1

    # -- idling -----------------------------------------------------------------
    def sleep_until(self, at_us: int) -> None:  # pragma: no cover - abstract
        """A device is idle until ``at_us``: return once the clock has reached it,
        having run every callback due on the way."""
        raise NotImplementedError

    def sleep_for(self, delay_us: int) -> None:
        self.sleep_until(self.now_us() + delay_us)

    def advance_to_next_event(self) -> bool:  # pragma: no cover - abstract
        """Move to the earliest pending callback and run those due then.

        Returns False (and does nothing) when no callback is pending.
        """
        raise NotImplementedError


################################################################################
# Virtual time


class VirtualClock(Clock):
    """Deterministic simulated time that jumps ahead whenever nothing is running.

    Each device (VM) that shares the clock registers as a participant.  A participant is
    busy until it calls ``sleep_until``; once every registered participant sleeps, the
    clock jumps to the earliest of their wake-up times and the pending callbacks,
    running the callbacks in order.  With no participant registered, a caller of
    ``sleep_until`` is the only one, and time jumps at once.

    Computing costs no virtual time unless a participant charges it with ``advance``.
    """

    #: Where a virtual world's calendar starts by default (2024-01-01 00:00 UTC): a fixed
    #: date, so runs are deterministic.
    DEFAULT_EPOCH_US = 1_704_067_200_000_000
    is_virtual = True

    def __init__(self, start_us: int = 0, epoch_us: int | None = None) -> None:
        super().__init__()
        self._now = int(start_us)
        self.epoch_us = self.DEFAULT_EPOCH_US if epoch_us is None else int(epoch_us)
        self._busy: set[object] = set()
        self._sleeping: dict[object, int] = {}
        self._woken: set[object] = set()

    def now_us(self) -> int:
        return self._now

    # -- participants -------------------------------------------------------------
    def register(self, participant: object) -> None:
        """Add a participant; it counts as busy until it sleeps."""
        with self._cond:
            self._busy.add(participant)

    def unregister(self, participant: object) -> None:
        with self._cond:
            self._busy.discard(participant)
            self._sleeping.pop(participant, None)
            self._cond.notify_all()

    def wake(self, participant: object) -> None:
        """End ``participant``'s sleep early (an interrupt arrived for it).

        Sticky: a wake that arrives while the participant is not sleeping ends its next
        ``sleep_until`` at once, so an event raised just before a sleep is not slept on.
        """
        with self._cond:
            self._woken.add(participant)
            self._cond.notify_all()

    # -- moving time --------------------------------------------------------------
    def advance(self, delta_us: int) -> None:
        """Charge ``delta_us`` of busy time: move the clock forward, running callbacks
        that fall due on the way (in order, each at its own time)."""
        self._advance_to(self._now + max(0, int(delta_us)))

    def _advance_to(self, target: int) -> None:
        while True:
            with self._lock:
                self._drop_cancelled()
                if not self._timers or self._timers[0].at_us > target:
                    break
                timer = heapq.heappop(self._timers)
                self._now = max(self._now, timer.at_us)
            timer.callback()
        with self._cond:
            self._now = max(self._now, target)
            self._cond.notify_all()

    def advance_to_next_event(self) -> bool:
        at = self.next_event_us()
        if at is None:
            return False
        self._advance_to(at)
        return True

    def sleep_until(self, at_us: int, participant: object = None) -> None:
        """Idle until ``at_us`` (or until ``wake``); time jumps once all are idle."""
        me = participant if participant is not None else object()
        with self._cond:
            was_registered = me in self._busy
            self._busy.discard(me)
            self._sleeping[me] = int(at_us)
            self._cond.notify_all()
        try:
            while True:
                with self._cond:
                    if self._now >= at_us or me in self._woken:
                        self._woken.discard(me)
                        return
                    if self._busy:
                        # Someone is still computing: time stands still until it sleeps.
                        self._cond.wait()
                        continue
                    target = min(self._sleeping.values())
                    nxt = self._timers[0].at_us if self._timers else None
                    if nxt is not None and nxt < target:
                        target = nxt
                    if target >= self.FOREVER:
                        # Nothing can move time: wait for a wake or a schedule() from
                        # another thread (a real board would hang here too).
                        self._cond.wait()
                        continue
                # Everyone is idle: jump (outside the lock, callbacks may run).
                self._advance_to(max(target, self._now))
        finally:
            with self._cond:
                self._sleeping.pop(me, None)
                if was_registered:
                    self._busy.add(me)
                self._cond.notify_all()


################################################################################
# Real time


class RealTimeClock(Clock):
    """Time paced by the host's monotonic clock, starting at ``start_us``."""

    def __init__(self, start_us: int = 0, epoch_us: int | None = None) -> None:
        super().__init__()
        self._origin_ns = time.monotonic_ns()
        self._start_us = int(start_us)
        # By default the calendar is the host's: clock time ``start_us`` is now.
        self.epoch_us = (time.time_ns() // 1000 - self._start_us if epoch_us is None
                         else int(epoch_us))
        self._woken = False

    def now_us(self) -> int:
        return self._start_us + (time.monotonic_ns() - self._origin_ns) // 1000

    def wake(self, participant: object = None) -> None:
        """End the current sleep_until early (an interrupt arrived)."""
        with self._cond:
            self._woken = True
            self._cond.notify_all()

    def sleep_until(self, at_us: int, participant: object = None) -> None:
        """Wait in real time until ``at_us``, running callbacks as they fall due."""
        while True:
            self.run_due()
            with self._cond:
                if self._woken:
                    self._woken = False
                    return
                now = self.now_us()
                if now >= at_us:
                    return
                until = at_us
                self._drop_cancelled()
                if self._timers and self._timers[0].at_us < until:
                    until = self._timers[0].at_us
                if until > now:
                    # Woken early by schedule() (a sooner timer) or wake().
                    self._cond.wait((until - now) / 1e6)

    def advance_to_next_event(self) -> bool:
        at = self.next_event_us()
        if at is None:
            return False
        self.sleep_until(at)
        self.run_due()
        return True
