"""machine.ADC: a converter channel on an analog-capable pin (read_u16, read_uv, read).

The conversion is `hal.periph.adc.ADC` at the chip's resolution (12 bits on stm32, 10 on
esp8266) sampling the pad's net voltage, which a part or a scenario curve drives.
"""

from __future__ import annotations

from typing import Any

from hal.periph.adc import ADC as Converter


class ADC:
    """machine.ADC(pin) (stm32: a Pin or its name) or ADC(0) on esp8266 (the TOUT pad)."""

    _hw: Any
    _port: Any
    _pin_cls: type

    def __init__(self, id, *, atten=None):
        hw = self._hw
        if isinstance(id, int) and not isinstance(id, bool) and self._port.family == "esp":
            chip = next((n for n, info in hw.chip.PINS.items() if info.adc), None)
            if id != 0 or chip is None:
                raise ValueError(f"not a valid ADC Channel: {id}")
        else:
            chip = self._pin_cls._resolve(id)
            if not hw.chip.PINS[chip].adc:
                name = chip[1:] if self._port.family == "stm32" else chip
                raise ValueError(f"Pin({name}) does not have ADC capabilities")
        self._chip = chip
        self._conv = Converter(hw.clock, hw.pad(chip), bits=self._port.adc_bits)

    def read_u16(self):
        """The sample scaled to 0..65535."""
        return self._conv.read_u16()

    def read_uv(self):
        return self._conv.read_uv()

    def read(self):
        """The raw code (esp8266's ADC.read(): 0..1024)."""
        return self._conv.read_raw()

    def __mp_repr__(self) -> str:
        return f"<ADC on {self._chip}>"
