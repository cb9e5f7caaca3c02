"""A hardware timer: a counter at a tick frequency, periodic or one-shot expiry callbacks."""

from __future__ import annotations

from collections.abc import Callable

from hal.periph.timebase import Clock, Wakeable

PERIODIC = "periodic"
ONE_SHOT = "one_shot"

TimerCallback = Callable[["Timer", int], None]


class Timer(Wakeable):
    """A timer scheduled against the world clock.

    `init(period_us=..., mode=..., callback=...)` arms it; each expiry calls
    `callback(timer, due_us)` from `service` with the exact time it was due (the driver
    layer queues that as an IRQ).  Expiries missed while nobody serviced the timer are all
    delivered, in order, each with its own due time; `overflows` counts them.
    """

    def __init__(self, clock: Clock, name: str | int = 0, tick_hz: int = 1_000_000) -> None:
        self.clock = clock
        self.name = name
        self.tick_hz = tick_hz
        self.mode: str | None = None
        self.period_us = 0
        self.callback: TimerCallback | None = None
        self._start_us = 0
        self._next_us: int | None = None
        self.overflows = 0

    def init(self, period_us: int, mode: str = PERIODIC,
             callback: TimerCallback | None = None) -> None:
        if period_us <= 0:
            raise ValueError("period must be positive")
        if mode not in (PERIODIC, ONE_SHOT):
            raise ValueError(f"bad timer mode {mode!r}")
        self.mode = mode
        self.period_us = period_us
        self.callback = callback
        self._start_us = self.clock.now_us()
        self._next_us = self._start_us + period_us
        self.overflows = 0
        self._rescheduled()

    def init_freq(self, freq: float, mode: str = PERIODIC,
                  callback: TimerCallback | None = None) -> None:
        """Arm with a frequency in Hz (period rounded to whole microseconds)."""
        self.init(max(1, round(1_000_000 / freq)), mode, callback)

    def deinit(self) -> None:
        self.mode = None
        self._next_us = None
        self.callback = None
        self._rescheduled()

    @property
    def running(self) -> bool:
        return self._next_us is not None

    def counter(self) -> int:
        """Ticks since the start of the current period (what pyb.Timer.counter() reads)."""
        if self.mode is None:
            return 0
        elapsed = self.clock.now_us() - self._start_us
        if self.mode == PERIODIC:
            elapsed %= self.period_us
        else:
            elapsed = min(elapsed, self.period_us)
        return elapsed * self.tick_hz // 1_000_000

    def next_event_us(self) -> int | None:
        return self._next_us

    def service(self, now_us: int) -> None:
        while self._next_us is not None and self._next_us <= now_us:
            due = self._next_us
            self.overflows += 1
            if self.mode == PERIODIC:
                self._next_us = due + self.period_us
            else:
                self._next_us = None
            if self.callback is not None:
                self.callback(self, due)
