"""``time`` as in MicroPython's unix port, reading the VM's clock.

The clock is ``vm.clock`` (the board injects the world's clock); it must offer
``monotonic_ns()``, ``sleep_ns(ns)`` and ``epoch_ns()`` (wall time since 1970).  Without
one, ``HostClock`` reads the host's clocks.  Ticks wrap at ``TICKS_PERIOD`` (2**30) as
MicroPython's do.
"""

from __future__ import annotations

import time as _t

from vm.native import NativeModule

module = NativeModule("time")

__all__ = ["module", "HostClock", "TICKS_PERIOD", "clock_of"]

TICKS_PERIOD = 1 << 30
_TICKS_MAX = TICKS_PERIOD - 1
_TICKS_HALF = TICKS_PERIOD // 2


class HostClock:
    """The host's monotonic and wall clocks."""

    def monotonic_ns(self) -> int:
        return _t.monotonic_ns()

    def sleep_ns(self, ns: int) -> None:
        if ns > 0:
            _t.sleep(ns / 1e9)

    def epoch_ns(self) -> int:
        return _t.time_ns()


_HOST = HostClock()


def clock_of(vm: object):
    """The clock a VM reads (``vm.clock`` or the host's)."""
    return getattr(vm, "clock", None) or _HOST


@module.function
def ticks_add(ticks, delta):
    """``(ticks + delta) mod TICKS_PERIOD``."""
    return (ticks + delta) & _TICKS_MAX


@module.function
def ticks_diff(end, start):
    """Signed difference of two tick values, taking wrap-around into account."""
    return ((end - start + _TICKS_HALF) & _TICKS_MAX) - _TICKS_HALF


def _days_before_year(y: int) -> int:
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


@module.function
def gmtime(secs=None, *, _vm=None):
    """``(year, month, mday, hour, minute, second, weekday, yearday)`` (UTC)."""
    if secs is None:
        secs = clock_of(_vm).epoch_ns() // 1_000_000_000
    secs = int(secs)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday; Monday is 0
    year = 1970
    while True:
        n = 366 if _is_leap(year) else 365
        if days < 0:
            year -= 1
            days += 366 if _is_leap(year) else 365
        elif days >= n:
            days -= n
            year += 1
        else:
            break
    yday = days + 1
    month = 0
    while True:
        dim = _DAYS_IN_MONTH[month] + (1 if month == 1 and _is_leap(year) else 0)
        if days < dim:
            break
        days -= dim
        month += 1
    return (year, month + 1, days + 1, hour, minute, second, weekday, yday)


@module.function
def mktime(t):
    """Seconds since the epoch of a ``localtime()``-style tuple (UTC on Mote)."""
    if not isinstance(t, tuple) or len(t) < 6:
        raise TypeError("mktime needs a tuple of length 8 or 9")
    year, month, mday, hour, minute, second = (int(x) for x in t[:6])
    # Normalise the month first (MicroPython accepts out-of-range fields).
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = _days_before_year(year) - _days_before_year(1970)
    days += sum(_DAYS_IN_MONTH[:month - 1]) + (1 if month > 2 and _is_leap(year) else 0)
    days += mday - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _install(vm: object, attrs: dict) -> None:
    def clock():
        return clock_of(vm)

    def sleep(seconds):
        clock().sleep_ns(int(seconds * 1_000_000_000))

    def sleep_ms(ms):
        clock().sleep_ns(int(ms) * 1_000_000)

    def sleep_us(us):
        clock().sleep_ns(int(us) * 1_000)

    def ticks_ms():
        return (clock().monotonic_ns() // 1_000_000) & _TICKS_MAX

    def ticks_us():
        return (clock().monotonic_ns() // 1_000) & _TICKS_MAX

    def ticks_cpu():
        return clock().monotonic_ns() & _TICKS_MAX

    def time():
        return clock().epoch_ns() / 1e9

    def time_ns():
        return clock().epoch_ns()

    def localtime(secs=None):
        return gmtime(secs, _vm=vm)

    def gmtime_(secs=None):
        return gmtime(secs, _vm=vm)

    gmtime_.__name__ = "gmtime"
    for fn in (sleep, sleep_ms, sleep_us, ticks_ms, ticks_us, ticks_cpu, time, time_ns,
               localtime, gmtime_):
        fn.__mp_native__ = True  # type: ignore[attr-defined]
        attrs[fn.__name__] = fn


module.on_import = _install
