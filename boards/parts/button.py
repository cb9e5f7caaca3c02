"""A push button on a pin: to GND with a pull-up (the usual wiring) or to VDD with a
pull-down; optional contact bounce on press and release."""

from __future__ import annotations

from hal.periph.pin import Pin
from hal.periph.timebase import Clock, Wakeable


class Button(Wakeable):
    """`active_low`: the button shorts the pin to GND when pressed (read 0 when pressed),
    relying on a pull-up (the MCU's, or the board's `external_pull` resistor).
    `bounce_us` > 0 makes the contacts chatter `bounces` times over that interval before
    settling, as mechanical switches do."""

    def __init__(self, clock: Clock, pin: Pin, name: str = "button", active_low: bool = True,
                 external_pull: bool = False, bounce_us: int = 0, bounces: int = 3) -> None:
        self.clock = clock
        self.pin = pin
        self.name = name
        self.active_low = active_low
        self.bounce_us = bounce_us
        self.bounces = bounces
        self.pressed = False
        self._chatter: list[tuple[int, bool]] = []  # (t_us, contact closed)
        if external_pull:
            pin.add_pull(self, 1 if active_low else 0)
        self.presses = 0

    def _contact(self, closed: bool) -> None:
        self.pin.drive(self, (0 if self.active_low else 1) if closed else None)

    def _operate(self, closed: bool) -> None:
        self.pressed = closed
        self._chatter = []
        if self.bounce_us <= 0:
            self._contact(closed)
            return
        # Alternate closed/open at even steps, ending in the final state at bounce_us.
        now = self.clock.now_us()
        steps = 2 * self.bounces + 1
        for i in range(steps):
            state = closed if i % 2 == 0 else not closed
            self._chatter.append((now + self.bounce_us * i // (steps - 1), state))
        self.service(now)
        self._rescheduled()

    def press(self) -> None:
        """Push the button (and keep it held)."""
        self.presses += 1
        self._operate(True)

    def release(self) -> None:
        self._operate(False)

    def next_event_us(self) -> int | None:
        return self._chatter[0][0] if self._chatter else None

    def service(self, now_us: int) -> None:
        while self._chatter and self._chatter[0][0] <= now_us:
            _, state = self._chatter.pop(0)
            self._contact(state)
