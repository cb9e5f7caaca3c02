"""machine.Timer: periodic and one-shot callbacks on world time, through the IRQ path.

The counter is `hal.periph.timer.Timer`, kept scheduled on the board's clock; each expiry
queues `callback(timer)` as a soft IRQ (micropython.schedule), or runs it as a hard IRQ
with `hard=True`.  Expiries missed while the VM was busy are each delivered, in order.
"""

from __future__ import annotations

from typing import Any

from drivers import irq
from drivers.binding import to_int
from hal.periph.timer import ONE_SHOT, PERIODIC
from hal.periph.timer import Timer as CounterTimer

_MODES = {0: ONE_SHOT, 1: PERIODIC}


class Timer:
    """machine.Timer(id=-1, *, mode=PERIODIC, period=-1, freq=-1, callback=None, hard)."""

    _hw: Any
    _port: Any
    ONE_SHOT = 0
    PERIODIC = 1

    def __init__(self, id=-1, *args, **kwargs):
        ident = to_int(id)
        hw_ids = [k for k in getattr(self._hw.chip, "TIMER", {}) if isinstance(k, int)]
        if ident != -1 and ident not in hw_ids:
            raise ValueError("Timer doesn't exist")
        self._id = ident
        self._timer = CounterTimer(self._hw.clock, ident)
        self._hw.bind(self._timer)
        self._callback = None
        self._hard = False
        if args or kwargs:
            self.init(*args, **kwargs)

    def init(self, *, mode=1, period=-1, freq=-1, callback=None, hard=False, tick_hz=1000):
        mode = to_int(mode)
        if mode not in _MODES:
            raise ValueError("invalid mode")
        if freq != -1 and freq is not None:
            if freq <= 0:
                raise ValueError("freq must be positive")
            period_us = max(1, round(1_000_000 / freq))
        else:
            period = to_int(period)
            if period < 0:
                raise ValueError("period must be positive")
            period_us = max(1, round(period * 1_000_000 / to_int(tick_hz)))
        self._callback = callback
        self._hard = bool(hard)
        self._timer.init(period_us, _MODES[mode], self._expired)
        self._hw.own(self._timer.deinit)  # a reboot stops the VM's timers

    def deinit(self):
        self._timer.deinit()
        self._callback = None

    def _expired(self, timer: Any, due_us: int) -> None:
        cb = self._callback
        if cb is None:
            return
        vm = getattr(self._hw, "vm", None)
        if self._hard:
            irq.hard(vm, cb, self)
        elif not irq.soft(vm, cb, self):
            self._hw.lost_irqs += 1

    def __mp_repr__(self) -> str:
        t = self._timer
        if t.mode is None:
            return f"Timer({self._id})"
        mode = "PERIODIC" if t.mode == PERIODIC else "ONE_SHOT"
        return f"Timer(mode={mode}, period={t.period_us // 1000}, tick_hz=1000)"
