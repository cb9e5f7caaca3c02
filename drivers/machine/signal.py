"""machine.Signal: a pin seen as active/inactive, inverting for active-low wiring.

An LED between VDD and the pin (the ESP8266's blue LED) is on when the pin is low;
`Signal(pin, invert=True).on()` lights it, so the same app code drives either wiring.
"""

from __future__ import annotations

from typing import Any


class Signal:
    """machine.Signal(pin, *, invert=False) or Signal(pin_args..., invert=False)."""

    _hw: Any
    _port: Any
    _pin_cls: type

    def __init__(self, pin, *args, invert=False, **kwargs):
        if not isinstance(pin, self._pin_cls) or args or kwargs:
            pin = self._pin_cls(pin, *args, **kwargs)
        self._pin = pin
        self._invert = bool(invert)

    def value(self, x=None):
        if x is None:
            return self._pin.value() ^ self._invert
        self._pin.value((1 if x else 0) ^ self._invert)
        return None

    def __call__(self, x=None):
        return self.value(x)

    def on(self):
        self.value(1)

    def off(self):
        self.value(0)
