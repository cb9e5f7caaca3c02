"""pyb.Switch(): the pyboard's USR button (the board's 'switch' part), with a callback.

The pad is an input with the MCU's pull-up (the board entry says "pull": "up"); pressed
reads low.  callback(fun) calls fun() on the press edge through the IRQ path (pyb runs
it as a hard IRQ, like the port's EXTI handler).
"""

from __future__ import annotations

from typing import Any

from drivers import irq
from hal.periph.pin import Mode, Pull


class Switch:
    """pyb.Switch(): value() / call it for the state, callback(fun) for presses."""

    _hw: Any
    _port: Any

    def __init__(self):
        spec = next((p for p in self._hw.board.get("parts", ())
                     if (p.get("kind") or p.get("part")) == "switch"), None)
        if spec is None:
            raise ValueError("no switch on this board")
        self._active_low = spec.get("active", "low") == "low"
        self._pad = self._hw.pad(self._hw.chip_pin(spec["pin"]))
        pull = Pull.UP if self._active_low else Pull.DOWN
        if spec.get("pull") == "up" or spec.get("pull") == "down":
            pull = Pull.UP if spec["pull"] == "up" else Pull.DOWN
        self._pad.configure(Mode.IN, pull)
        state = self._hw.__dict__.setdefault("_switch_state", {"cb": None, "listener": None})
        self._state = state

    def value(self):
        level = self._pad.level
        return bool(level == 0) if self._active_low else bool(level)

    def __call__(self):
        return self.value()

    def __mp_repr__(self) -> str:
        return "Switch()"

    def callback(self, fun):
        """Call `fun()` when the switch is pressed; None removes the callback."""
        st = self._state
        if st["listener"] is not None:
            self._pad.remove_edge_listener(st["listener"])
            st["listener"] = None
        st["cb"] = fun
        if fun is None:
            return
        pressed_level = 0 if self._active_low else 1
        hw = self._hw

        def edge(pad: Any, level: int, t_us: int) -> None:
            if level == pressed_level and st["cb"] is not None:
                irq.hard(hw.vm, lambda _arg: st["cb"](), None)

        st["listener"] = edge
        self._pad.add_edge_listener(edge)

        def release() -> None:  # at a reboot: the callback belongs to a VM that is gone
            if st["listener"] is edge:
                self._pad.remove_edge_listener(edge)
                st["listener"] = st["cb"] = None
        hw.own(release)
        return
