"""``time`` on the VM's clock: ticks, sleeps, wall time and calendar conversions.

Every reading comes from ``clock_of(vm)`` -- the world clock a board injects as
``vm.clock`` (``hal.world.clock.VirtualClock`` or ``RealTimeClock``), or, for a bare VM, a
``HostClock`` reading the host's clocks.  A clock offers what ``hal.world.clock.Clock``
offers (the ``vm`` layer names the protocol and does not import ``hal``):

* ``now_us()`` -- microseconds since the clock started,
* ``sleep_until(at_us, participant)`` -- idle until then, or until ``wake(participant)``,
* ``wake(participant)`` -- end that idling early (sticky: a wake that arrives before the
  sleep ends the next sleep at once),
* ``epoch_us`` -- the wall time (µs since 1970-01-01 UTC) at clock time 0.

Sleeping goes through the VM's interrupt scheduler (``Scheduler.idle_until``): interrupts
and scheduled callbacks run during a sleep at the time they arrive, and on a virtual
clock the VM counts as idle, so the world's time jumps.  ``machine.lightsleep`` and
``deepsleep`` use ``sleep_us_on(vm, us)`` below.

Ticks wrap with period ``TICKS_PERIOD`` (2**30) as on MicroPython's ports; ``ticks_add``
refuses deltas of half a period or more (``OverflowError: ticks interval overflow``).
"""

from __future__ import annotations

import threading
import time as _t

from vm.native import NativeModule

module = NativeModule("time")

__all__ = ["module", "HostClock", "TICKS_PERIOD", "clock_of", "sleep_us_on"]

TICKS_PERIOD = 1 << 30
_TICKS_MAX = TICKS_PERIOD - 1
_TICKS_HALF = TICKS_PERIOD // 2


class HostClock:
    """The host's clocks behind the world-clock protocol (a VM that no board drives)."""

    is_virtual = False
    FOREVER = 1 << 62

    def __init__(self) -> None:
        self._origin_ns = _t.monotonic_ns()
        self.epoch_us = _t.time_ns() // 1000
        self._cond = threading.Condition()
        self._woken = False

    def now_us(self) -> int:
        return (_t.monotonic_ns() - self._origin_ns) // 1000

    def sleep_until(self, at_us: int, participant: object = None) -> None:
        with self._cond:
            while not self._woken:
                delay = at_us - self.now_us()
                if delay <= 0:
                    break
                self._cond.wait(min(delay / 1e6, 3600.0))  # FOREVER: wait for wake()
            self._woken = False

    def wake(self, participant: object = None) -> None:
        with self._cond:
            self._woken = True
            self._cond.notify_all()


def clock_of(vm: object):
    """The clock ``vm`` reads: ``vm.clock``, or a ``HostClock`` made for it on first use."""
    clock = getattr(vm, "clock", None)
    if clock is None:
        clock = HostClock()
        try:
            vm.clock = clock  # type: ignore[attr-defined]
        except AttributeError:
            pass
    return clock


def sleep_us_on(vm: object, us: int) -> None:
    """Idle ``vm`` for ``us`` microseconds of its clock, handling interrupts meanwhile.

    The API for ``time.sleep*`` and ``machine.lightsleep``/``deepsleep``: on a virtual
    clock it costs no wall time once every participant idles.
    """
    from vm.runtime.scheduler import scheduler_of
    clock = clock_of(vm)
    scheduler_of(vm).idle_until(clock.now_us() + max(0, int(us)))


## Ticks arithmetic (no clock needed)


@module.function
def ticks_add(ticks, delta):
    """``(ticks + delta) mod TICKS_PERIOD``; a delta of half a period or more is refused."""
    if not -_TICKS_HALF < delta < _TICKS_HALF:
        raise OverflowError("ticks interval overflow")
    return (ticks + delta) & _TICKS_MAX


@module.function
def ticks_diff(end, start):
    """Signed difference of two tick values, taking wrap-around into account."""
    return ((end - start + _TICKS_HALF) & _TICKS_MAX) - _TICKS_HALF


## Calendar (UTC; MicroPython's boards have no time zones)


def _days_before_year(y: int) -> int:
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _gmtime(secs: int) -> tuple:
    days, rem = divmod(int(secs), 86400)
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
    """Seconds since the epoch of a ``localtime()``-style tuple (fields may overflow)."""
    if not isinstance(t, tuple) or len(t) not in (8, 9):
        raise TypeError("mktime needs a tuple of length 8 or 9")
    year, month, mday, hour, minute, second = (int(x) for x in t[:6])
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = _days_before_year(year) - _days_before_year(1970)
    days += sum(_DAYS_IN_MONTH[:month - 1]) + (1 if month > 2 and _is_leap(year) else 0)
    days += mday - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


## Per-VM functions (they read that VM's clock)


def _int_arg(value) -> int:
    if isinstance(value, float):
        raise TypeError("can't convert float to int")
    return int(value)


def _install(vm: object, attrs: dict) -> None:
    def now_us() -> int:
        return clock_of(vm).now_us()

    def epoch_us() -> int:
        clock = clock_of(vm)
        return clock.epoch_us + clock.now_us()

    def sleep(seconds):
        sleep_us_on(vm, round(seconds * 1_000_000))

    def sleep_ms(ms):
        sleep_us_on(vm, _int_arg(ms) * 1000)

    def sleep_us(us):
        sleep_us_on(vm, _int_arg(us))

    def ticks_ms():
        return (now_us() // 1000) & _TICKS_MAX

    def ticks_us():
        return now_us() & _TICKS_MAX

    def ticks_cpu():
        return now_us() & _TICKS_MAX

    def time():
        return epoch_us() / 1e6

    def time_ns():
        return epoch_us() * 1000

    def gmtime(secs=None):
        return _gmtime(epoch_us() // 1_000_000 if secs is None else secs)

    def localtime(secs=None):
        return gmtime(secs)

    for fn in (sleep, sleep_ms, sleep_us, ticks_ms, ticks_us, ticks_cpu, time, time_ns,
               gmtime, localtime):
        fn.__mp_native__ = True  # type: ignore[attr-defined]
        fn.__mp_name__ = fn.__name__  # type: ignore[attr-defined]
        attrs[fn.__name__] = fn


module.on_import = _install
