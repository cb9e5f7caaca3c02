"""machine.RTC: calendar time running with the world clock, and memory kept in deep sleep.

There is one RTC per board (`Hardware.rtc`); it survives resets and deep sleep like the
chip's backup domain, so `RTC().memory()` carries data across `machine.deepsleep()`.
"""

from __future__ import annotations

from typing import Any

from drivers.binding import buffer_bytes


class RTC:
    """machine.RTC(id=0): datetime() as (year, month, day, weekday, h, m, s, subseconds)."""

    _hw: Any
    _port: Any

    def __init__(self, id=0, datetime=None):
        if id != 0:
            raise ValueError("RTC doesn't exist")
        if datetime is not None:
            self.datetime(datetime)

    def init(self, datetime):
        self.datetime(datetime)

    def datetime(self, datetimetuple=None):
        rtc = self._hw.rtc
        if datetimetuple is None:
            return rtc.datetime()
        t = tuple(datetimetuple)
        if len(t) < 3:
            raise ValueError(f"requested length 8 but object has length {len(t)}")
        try:
            rtc.set_datetime(t)
        except ValueError:
            raise ValueError("invalid date") from None
        return None

    def memory(self, data=None):
        rtc = self._hw.rtc
        if data is None:
            return rtc.memory()
        try:
            rtc.memory(buffer_bytes(data))
        except ValueError:
            raise ValueError("buffer too long") from None
        return None
