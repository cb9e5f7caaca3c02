"""pyb.LED(1..4): the pyboard's LEDs, from the board's parts (the 'led' entries with an id).

LEDs whose board entry names a timer channel ("pwm") dim: intensity(0..255) drives the pin
with PWM; the others are on for any non-zero intensity, as on the real board.
"""

from __future__ import annotations

from typing import Any

from drivers.binding import to_int
from hal.periph.pin import Mode
from hal.periph.pwm import PWM


class LED:
    """pyb.LED(id): on(), off(), toggle(), intensity([value])."""

    _hw: Any
    _port: Any

    def __init__(self, id):
        ident = to_int(id)
        spec = self._specs().get(ident)
        if spec is None:
            raise ValueError(f"LED({ident}) doesn't exist")
        self._id = ident
        self._spec = spec
        self._pad = self._hw.pad(self._hw.chip_pin(spec["pin"]))
        self._pwm: PWM | None = None
        self._level = 0

    @classmethod
    def _specs(cls) -> dict[int, dict]:
        return {int(p["id"]): p for p in cls._hw.board.get("parts", ())
                if (p.get("kind") or p.get("part")) == "led" and "id" in p}

    def __mp_repr__(self) -> str:
        return f"LED({self._id})"

    def _set(self, value: int) -> None:
        value = max(0, min(255, value))
        self._level = value
        active_low = self._spec.get("active") == "low"
        if "pwm" in self._spec and 0 < value < 255:
            if self._pwm is None:
                self._pwm = PWM(self._hw.clock, self._pad, freq=1000)
            duty = value * 65535 // 255
            self._pwm.invert = active_low
            self._pwm.set_duty_u16(duty)
            return
        if self._pwm is not None:
            self._pwm.deinit()
            self._pwm = None
        on = value > 0
        self._pad.configure(Mode.OUT, value=(not on) if active_low else on)

    def on(self):
        self._set(255)

    def off(self):
        self._set(0)

    def toggle(self):
        self._set(0 if self._level else 255)

    def intensity(self, value=None):
        if value is None:
            return self._level
        self._set(to_int(value))
        return None
