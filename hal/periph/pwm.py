"""A PWM output on a pin: frequency and duty cycle, with a timeline of settings.

The pin is driven in ALT mode; its instantaneous level follows the waveform in world time,
while parts that only care about the average (an LED's brightness) read `duty_fraction`.
Individual PWM edges are not reported to edge listeners (thousands per second); a change of
setting is reported as a pin change.
"""

from __future__ import annotations

from hal.periph.pin import Mode, Pin
from hal.periph.timebase import Clock


class PWM:
    """machine.PWM's host side: `freq` in Hz, `duty_u16` 0..65535, `invert`."""

    def __init__(self, clock: Clock, pin: Pin, freq: int = 1000, duty_u16: int = 0,
                 invert: bool = False) -> None:
        if freq <= 0:
            raise ValueError("freq must be positive")
        self.clock = clock
        self.pin = pin
        self.freq = freq
        self.duty_u16 = max(0, min(0xFFFF, duty_u16))
        self.invert = invert
        self.started_us = clock.now_us()
        self.timeline: list[tuple[int, int, int]] = []  # (t_us, freq, duty_u16)
        self.active = True
        pin.configure(Mode.ALT, alt="pwm")
        pin.attach_alt(self, self.level_at)
        self._record()

    def _record(self) -> None:
        self.timeline.append((self.clock.now_us(), self.freq, self.duty_u16))
        self.pin.refresh()

    def set_freq(self, freq: int) -> None:
        if freq <= 0:
            raise ValueError("freq must be positive")
        self.freq = freq
        self._record()

    def set_duty_u16(self, duty: int) -> None:
        self.duty_u16 = max(0, min(0xFFFF, int(duty)))
        self._record()

    def set_duty_ns(self, ns: int) -> None:
        """Duty as a high time in nanoseconds (converted to duty_u16 at the current freq)."""
        self.set_duty_u16(round(ns * self.freq * 65535 / 1_000_000_000))

    def duty_ns(self) -> int:
        return round(self.duty_u16 * 1_000_000_000 / (65535 * self.freq))

    @property
    def duty_fraction(self) -> float:
        """Fraction of each period the pin is high (0.0 .. 1.0), after inversion."""
        if not self.active:
            return 0.0
        d = self.duty_u16 / 65535
        return 1.0 - d if self.invert else d

    def level_at(self, t_us: int) -> int:
        if not self.active:
            return 0
        frac = self.duty_fraction
        if frac <= 0.0:
            return 0
        if frac >= 1.0:
            return 1
        period = 1_000_000 / self.freq
        phase = ((t_us - self.started_us) % period) / period
        return 1 if phase < frac else 0

    def deinit(self) -> None:
        """Stop the output: the pin goes low and is released by the peripheral."""
        self.active = False
        self._record()
        self.pin.detach_alt(self)
