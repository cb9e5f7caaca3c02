"""machine.WDT: once started it runs until the board resets; unfed, it resets the board.

The countdown is `hal.periph.wdt.WDT` on the board's clock; on expiry it asks the hardware
for a reset with cause WDT_RESET, which unwinds the running program at once and makes the
device boot again, where machine.reset_cause() == machine.WDT_RESET.
"""

from __future__ import annotations

from typing import Any

from drivers.binding import to_int
from drivers.hardware import WDT_RESET
from hal.periph.wdt import WDT as Watchdog


class WDT:
    """machine.WDT(id=0, timeout=5000): feed() it within `timeout` milliseconds."""

    _hw: Any
    _port: Any

    def __init__(self, id=0, timeout=5000):
        if to_int(id) != 0:
            raise ValueError(f"WDT({id}) doesn't exist")
        timeout = to_int(timeout)
        if timeout <= 0:
            raise ValueError("WDT timeout too short")
        hw = self._hw
        if hw.wdt is not None:
            # Started already: the real watchdog cannot be reconfigured, only fed.
            self._wdt = hw.wdt
            self._wdt.feed()
            return
        self._wdt = Watchdog(hw.clock, timeout, lambda req: hw.request_reset(WDT_RESET))
        hw.wdt = self._wdt
        hw.bind(self._wdt)

    def feed(self):
        self._wdt.feed()
