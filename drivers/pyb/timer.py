"""pyb.Timer: the pyboard's STM32 timers by number, with prescaler, period and callback.

The counter runs from the timer's source clock (84 MHz for the APB1 timers 2-7 and 12-14,
168 MHz for the APB2 timers 1 and 8-11) divided by ``prescaler + 1``, and overflows after
``period + 1`` ticks (16-bit counters, 32-bit for timers 2 and 5).  ``Timer(n, freq=f)``
picks the prescaler and period the way the port does: the whole division in the period
while it fits, else factors of 5, 3 and then 2 moved into the prescaler.  The overflow
event is `hal.periph.timer.Timer` on the board's world clock, and `callback(timer)` runs
as a hard IRQ (the pyb module's timer callbacks run in interrupt context).
"""

from __future__ import annotations

from typing import Any

from drivers import irq
from drivers.binding import to_int
from hal.periph.timer import PERIODIC
from hal.periph.timer import Timer as CounterTimer

_APB2_TIMERS = {1, 8, 9, 10, 11}
_WIDE_TIMERS = {2, 5}


def split_frequency(source_hz: int, freq: float, mask: int) -> tuple[int, int]:
    """(prescaler, period) register values for an overflow rate of `freq` Hz."""
    ticks = round(source_hz / freq) if freq >= 1 else int(source_hz / freq)
    ticks = max(1, ticks)
    prescaler = 1
    while ticks > mask + 1:
        for factor in (5, 3):
            if ticks % factor == 0:
                prescaler *= factor
                ticks //= factor
                break
        else:
            prescaler <<= 1
            ticks >>= 1
    return prescaler - 1, ticks - 1


class Timer:
    """pyb.Timer(id, *, freq, prescaler, period, mode, div, callback, deadtime)."""

    _hw: Any
    _port: Any
    UP, DOWN, CENTER = 0, 0x10, 0x20

    def __init__(self, id, *args, **kwargs):
        ident = to_int(id)
        if ident not in getattr(self._hw.chip, "TIMER", {}):
            raise ValueError(f"Timer({ident}) doesn't exist")
        self._id = ident
        self._counter = CounterTimer(self._hw.clock, f"TIM{ident}")
        self._hw.bind(self._counter)
        self._callback = None
        self._prescaler = 0
        self._period = 0
        if args or kwargs:
            self.init(*args, **kwargs)

    # ## Configuration

    def source_freq(self):
        """The timer's input clock in Hz."""
        return 168_000_000 if self._id in _APB2_TIMERS else 84_000_000

    def _mask(self) -> int:
        return 0xFFFFFFFF if self._id in _WIDE_TIMERS else 0xFFFF

    def init(self, *, freq=None, prescaler=None, period=None, mode=0, div=1,
             callback=None, deadtime=0, brk=None):
        if freq is not None:
            if not isinstance(freq, (int, float)) or freq <= 0:
                raise ValueError("must have positive freq")
            self._prescaler, self._period = split_frequency(self.source_freq(), freq,
                                                            self._mask())
        elif prescaler is not None and period is not None:
            self._prescaler = to_int(prescaler) & 0xFFFF
            self._period = to_int(period) & self._mask()
        else:
            raise TypeError("must specify either freq, or prescaler and period")
        self._start()
        self.callback(callback)

    def _tick_us(self) -> float:
        return (self._prescaler + 1) * 1_000_000 / self.source_freq()

    def _start(self) -> None:
        period_us = max(1, round((self._period + 1) * self._tick_us()))
        self._counter.init(period_us, PERIODIC, self._overflow)
        self._hw.own(self._counter.deinit)  # a reboot stops the VM's timers

    def deinit(self):
        self._callback = None
        self._counter.deinit()

    # ## Values

    def freq(self, value=None):
        if value is None:
            return self.source_freq() // ((self._prescaler + 1) * (self._period + 1))
        self.init(freq=value, callback=self._callback)
        return None

    def prescaler(self, value=None):
        if value is None:
            return self._prescaler
        self._prescaler = to_int(value) & 0xFFFF
        self._start()
        return None

    def period(self, value=None):
        if value is None:
            return self._period
        self._period = to_int(value) & self._mask()
        self._start()
        return None

    def counter(self, value=None):
        """The counter now: ticks since the last overflow (read-only here)."""
        if value is not None:
            return None
        if self._counter.mode is None:
            return 0
        elapsed = self._hw.now_us() - self._counter._start_us
        ticks = int(elapsed / self._tick_us())
        return ticks % (self._period + 1)

    def callback(self, fun):
        """Call `fun(timer)` at each overflow (a hard IRQ); None removes it."""
        self._callback = fun

    def _overflow(self, timer: Any, due_us: int) -> None:
        cb = self._callback
        if cb is not None:
            irq.hard(self._hw.vm, cb, self, on_error=lambda exc: self.callback(None))

    def channel(self, *args, **kwargs):
        raise ValueError("timer channels are not emulated")

    def __mp_repr__(self) -> str:
        if self._counter.mode is None:
            return f"Timer({self._id})"
        return (f"Timer({self._id}, freq={self.freq()}, prescaler={self._prescaler}, "
                f"period={self._period}, mode=UP, div=1)")
