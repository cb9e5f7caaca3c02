"""A watchdog: once started it cannot be stopped; if not fed within the timeout it asks
for a board reset with cause WDT_RESET."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hal.periph.timebase import Clock, Wakeable

WDT_RESET = "WDT_RESET"


@dataclass(frozen=True)
class ResetRequest:
    """A peripheral's request that the device resets (the firmware performs it)."""

    cause: str
    t_us: int
    source: str = "wdt"


class WDT(Wakeable):
    """machine.WDT's host side.  `on_reset(ResetRequest)` is called once when it expires."""

    def __init__(self, clock: Clock, timeout_ms: int,
                 on_reset: Callable[[ResetRequest], None]) -> None:
        if timeout_ms <= 0:
            raise ValueError("timeout must be positive")
        self.clock = clock
        self.timeout_us = timeout_ms * 1000
        self.on_reset = on_reset
        self._deadline: int | None = clock.now_us() + self.timeout_us
        self.expired: ResetRequest | None = None

    def feed(self) -> None:
        """Restart the countdown (a feed after expiry changes nothing: the reset is due)."""
        now = self.clock.now_us()
        self.service(now)
        if self.expired is None:
            self._deadline = now + self.timeout_us
            self._rescheduled()

    def next_event_us(self) -> int | None:
        return self._deadline

    def service(self, now_us: int) -> None:
        if self._deadline is not None and now_us >= self._deadline:
            self.expired = ResetRequest(WDT_RESET, self._deadline)
            self._deadline = None
            self.on_reset(self.expired)
