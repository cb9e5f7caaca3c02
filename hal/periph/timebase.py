"""What the peripherals need from the world's clock, and how timed objects are driven.

The world clock (hal/world/clock.py) is written elsewhere; peripherals depend only on the
tiny `Clock` protocol below so any object with `now_us()` will do.  Timed peripherals are
driven either by `run_until` (tests, simple loops) or by a `Binding` per source onto a
world clock that runs callbacks at given times.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """A source of world time in integer microseconds (monotonic, never decreasing)."""

    def now_us(self) -> int: ...


@runtime_checkable
class Timed(Protocol):
    """An object with events due at known world times.

    `next_event_us()` is the earliest time something happens (None: nothing pending);
    `service(now_us)` performs everything due at or before `now_us`.
    """

    def next_event_us(self) -> int | None: ...

    def service(self, now_us: int) -> None: ...


def run_until(
    clock: Clock,
    t_us: int,
    sources: Iterable[Timed],
    set_time: Callable[[int], None],
    max_steps: int = 1_000_000,
) -> int:
    """Step world time to `t_us`, servicing each source at its own event times, in order.

    `set_time(t)` moves the clock (a manual clock in tests, the world clock in virtual mode).
    Returns the number of event steps taken. A source that keeps scheduling events in the
    past is a bug, so the step count is bounded.
    """
    sources = list(sources)
    steps = 0
    while True:
        due = [t for t in (s.next_event_us() for s in sources) if t is not None]
        nxt = min(due) if due else None
        if nxt is None or nxt > t_us:
            set_time(t_us)
            for s in sources:
                s.service(t_us)
            return steps
        # An event already overdue is serviced now: time never runs backwards.
        nxt = max(nxt, clock.now_us())
        set_time(nxt)
        for s in sources:
            s.service(nxt)
        steps += 1
        if steps >= max_steps:
            raise RuntimeError("run_until: too many events (a source never settles)")


class SchedulingClock(Clock, Protocol):
    """A world clock that runs callbacks at given times (hal/world/clock.py's Clock)."""

    def schedule(self, at_us: int, callback: Callable[[], object]) -> Any: ...


class Wakeable:
    """Mixin for Timed sources: `wake` (set by a `Binding`) is called whenever the
    source's next event may have moved earlier, so the binding re-arms its callback."""

    wake: Callable[[], None] | None = None

    def _rescheduled(self) -> None:
        if self.wake is not None:
            self.wake()


class Binding:
    """Keeps one Timed source scheduled on a world clock: a callback at the source's next
    event services it and re-arms; the source's `wake` hook re-arms after changes."""

    def __init__(self, clock: SchedulingClock, source: Timed) -> None:
        self.clock = clock
        self.source = source
        self._handle: Any = None
        self._at: int | None = None
        source.wake = self.rearm  # type: ignore[attr-defined]
        self.rearm()

    def rearm(self) -> None:
        at = self.source.next_event_us()
        if at == self._at and self._handle is not None:
            return
        if self._handle is not None:
            self._handle.cancel()
        self._at = at
        self._handle = None if at is None else self.clock.schedule(at, self._fire)

    def _fire(self) -> None:
        self._handle = None
        self._at = None
        self.source.service(self.clock.now_us())
        self.rearm()

    def unbind(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = None
        self.source.wake = None  # type: ignore[attr-defined]
