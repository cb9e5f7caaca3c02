"""An LED on a pin: records its brightness over world time.

Driven by a plain output it is on or off; driven by a PWM peripheral its brightness is the
duty cycle.  `active_low` when the LED sits between VDD and the pin (lit when the pin is
low), as on many boards.
"""

from __future__ import annotations

from hal.periph.pin import Pin
from hal.periph.timebase import Clock


class LED:
    def __init__(self, clock: Clock, pin: Pin, name: str = "led",
                 active_low: bool = False) -> None:
        self.clock = clock
        self.pin = pin
        self.name = name
        self.active_low = active_low
        self.timeline: list[tuple[int, float]] = []  # (t_us, brightness 0..1) on change
        pin.add_change_listener(self._changed)
        self._changed(pin, clock.now_us())

    def brightness(self) -> float:
        """0.0 (off) .. 1.0 (fully on) now."""
        src = self.pin.alt_owner
        duty = getattr(src, "duty_fraction", None)
        if duty is not None:
            return 1.0 - duty if self.active_low else float(duty)
        lit = self.pin.level == (0 if self.active_low else 1)
        return 1.0 if lit else 0.0

    def is_on(self) -> bool:
        return self.brightness() > 0.0

    def _changed(self, pin: Pin, t_us: int) -> None:
        b = self.brightness()
        if not self.timeline or self.timeline[-1][1] != b:
            if self.timeline and self.timeline[-1][0] == t_us:
                self.timeline[-1] = (t_us, b)  # several changes in one instant: keep last
                if len(self.timeline) > 1 and self.timeline[-2][1] == b:
                    self.timeline.pop()
            else:
                self.timeline.append((t_us, b))

    def states(self) -> list[tuple[int, bool]]:
        """The on/off timeline: (t_us, on) at each change."""
        out: list[tuple[int, bool]] = []
        for t, b in self.timeline:
            on = b > 0.0
            if not out or out[-1][1] != on:
                out.append((t, on))
        return out

    def on_time_us(self, t0: int, t1: int) -> float:
        """Brightness-weighted time lit between t0 and t1 (a 50 % PWM counts half)."""
        total = 0.0
        for i, (t, b) in enumerate(self.timeline):
            end = self.timeline[i + 1][0] if i + 1 < len(self.timeline) else t1
            lo, hi = max(t, t0), min(end, t1)
            if hi > lo:
                total += (hi - lo) * b
        return total
