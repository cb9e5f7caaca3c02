"""machine.PWM: a waveform on a pin (freq, duty_u16, duty_ns), over `hal.periph.pwm.PWM`.

Parts on the pin see the waveform: an LED's brightness follows the duty cycle.
"""

from __future__ import annotations

from typing import Any

from drivers.binding import to_int
from hal.periph.pwm import PWM as Waveform


class PWM:
    """machine.PWM(dest, *, freq, duty_u16, duty_ns, invert)."""

    _hw: Any
    _port: Any
    _pin_cls: type

    def __init__(self, dest, *, freq=None, duty_u16=None, duty_ns=None, invert=False):
        hw = self._hw
        chip = self._pin_cls._resolve(dest)
        if self._port.family == "stm32" and not any(
                sig.startswith("TIM") and "_CH" in sig for _, sig in hw.chip.PINS[chip].af):
            raise ValueError(f"pin {chip[1:]} does not have timer capabilities")
        self._chip = chip
        self._wave = Waveform(hw.clock, hw.pad(chip), freq=1000, invert=bool(invert))
        self.init(freq=freq, duty_u16=duty_u16, duty_ns=duty_ns)

    def init(self, *, freq=None, duty_u16=None, duty_ns=None, invert=None):
        if freq is not None:
            self.freq(freq)
        if duty_u16 is not None:
            self.duty_u16(duty_u16)
        if duty_ns is not None:
            self.duty_ns(duty_ns)
        if invert is not None:
            self._wave.invert = bool(invert)
            self._wave.set_duty_u16(self._wave.duty_u16)

    def deinit(self):
        self._wave.deinit()

    def freq(self, value=None):
        if value is None:
            return self._wave.freq
        value = to_int(value)
        if value <= 0:
            raise ValueError("freq must be positive")
        self._wave.set_freq(value)
        return None

    def duty_u16(self, value=None):
        if value is None:
            return self._wave.duty_u16
        value = to_int(value)
        if not 0 <= value <= 65535:
            raise ValueError("duty_u16 must be from 0 to 65535")
        self._wave.set_duty_u16(value)
        return None

    def duty_ns(self, value=None):
        if value is None:
            return self._wave.duty_ns()
        self._wave.set_duty_ns(to_int(value))
        return None

    def __mp_repr__(self) -> str:
        return f"PWM({self._chip}, freq={self._wave.freq}, duty_u16={self._wave.duty_u16})"
