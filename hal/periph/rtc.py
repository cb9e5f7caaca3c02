"""A real-time clock: calendar time that runs with the world clock, plus backup memory.

The RTC object outlives soft resets and deep sleep (the device keeps it), as its backup
domain does on the chip; so does `memory`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from hal.periph.timebase import Clock, Wakeable

_EPOCH = _dt.datetime(2000, 1, 1)  # MicroPython's embedded epoch on most ports


class RTC(Wakeable):
    """Date and time as MicroPython's 8-tuple, advancing with world time.

    `weekday_base` is 1 when Monday is 1 (stm32) or 0 when Monday is 0 (esp8266, esp32).
    `memory_size` bytes of battery-backed user memory (492 on esp8266).  One alarm
    (esp8266's RTC.ALARM0, the usual deep-sleep wake source) calls `on_alarm(t_us)` when
    it falls due; the firmware decides whether that wakes or resets the device.
    """

    def __init__(self, clock: Clock, weekday_base: int = 1, memory_size: int = 492) -> None:
        self.clock = clock
        self.weekday_base = weekday_base
        self.memory_size = memory_size
        self._memory = b""
        self._base = _EPOCH
        self._set_at_us = clock.now_us()
        self._alarm_us: int | None = None
        self.on_alarm: Callable[[int], None] | None = None

    def now(self) -> _dt.datetime:
        """The calendar time right now."""
        return self._base + _dt.timedelta(microseconds=self.clock.now_us() - self._set_at_us)

    def datetime(self) -> tuple[int, int, int, int, int, int, int, int]:
        """(year, month, day, weekday, hours, minutes, seconds, subseconds in us)."""
        t = self.now()
        wd = t.weekday() + self.weekday_base
        return (t.year, t.month, t.day, wd, t.hour, t.minute, t.second, t.microsecond)

    def set_datetime(self, dt: tuple[int, ...]) -> None:
        """Set from the 8-tuple (the weekday field is ignored: it follows from the date)."""
        year, month, day = dt[0], dt[1], dt[2]
        hh, mm, ss = (list(dt[4:7]) + [0, 0, 0])[:3]
        sub = dt[7] if len(dt) > 7 else 0
        self._base = _dt.datetime(year, month, day, hh, mm, ss, sub)
        self._set_at_us = self.clock.now_us()

    def seconds_since_epoch(self) -> int:
        """Whole seconds since 2000-01-01 (what time.time() gives on an epoch-2000 port)."""
        return int((self.now() - _EPOCH).total_seconds())

    def memory(self, data: bytes | None = None) -> bytes:
        """Read the backup memory, or write it when `data` is given (returns what is held)."""
        if data is not None:
            if len(data) > self.memory_size:
                raise ValueError("buffer too long")
            self._memory = bytes(data)
        return self._memory

    # -- alarm --------------------------------------------------------------------
    def alarm(self, ms: int) -> None:
        """Arm the alarm `ms` milliseconds from now (replacing any armed one)."""
        self._alarm_us = self.clock.now_us() + max(0, int(ms)) * 1000
        self._rescheduled()

    def cancel_alarm(self) -> None:
        self._alarm_us = None
        self._rescheduled()

    def alarm_left(self) -> int:
        """Milliseconds until the alarm (0 if none is armed or it has passed)."""
        if self._alarm_us is None:
            return 0
        return max(0, (self._alarm_us - self.clock.now_us()) // 1000)

    def next_event_us(self) -> int | None:
        return self._alarm_us

    def service(self, now_us: int) -> None:
        if self._alarm_us is not None and self._alarm_us <= now_us:
            due, self._alarm_us = self._alarm_us, None
            if self.on_alarm is not None:
                self.on_alarm(due)
