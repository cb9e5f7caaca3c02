"""An ADC channel: samples a pin's voltage (or any voltage source) at a given resolution."""

from __future__ import annotations

from collections.abc import Callable

from hal.periph.pin import Pin
from hal.periph.timebase import Clock


class ADC:
    """One ADC channel.

    `source` is a Pin (its net voltage), a constant in volts, or `volts(t_us)`.  `bits` is
    the converter's resolution (12 on stm32, 10 on esp8266) and `vref` its full scale.
    """

    def __init__(self, clock: Clock, source: Pin | float | Callable[[int], float],
                 bits: int = 12, vref: float = 3.3) -> None:
        self.clock = clock
        self.source = source
        self.bits = bits
        self.vref = vref

    def volts(self) -> float:
        t = self.clock.now_us()
        s = self.source
        if isinstance(s, Pin):
            return s.voltage(t)
        return float(s(t)) if callable(s) else float(s)

    def read_raw(self) -> int:
        """The converter's code: round(v / vref * (2**bits - 1)), clamped to the range."""
        top = (1 << self.bits) - 1
        code = round(self.volts() / self.vref * top)
        return max(0, min(top, code))

    def read_u16(self) -> int:
        """The code scaled to 0..65535 as MicroPython does (left-justify, replicate MSBs)."""
        raw = self.read_raw()
        shift = 16 - self.bits
        if shift <= 0:
            return raw >> -shift
        return ((raw << shift) | (raw >> (self.bits - shift))) & 0xFFFF

    def read_uv(self) -> int:
        """The measured voltage in microvolts, from the code (so quantised like the chip)."""
        top = (1 << self.bits) - 1
        return round(self.read_raw() * self.vref * 1_000_000 / top)
