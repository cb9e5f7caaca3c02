"""machine.Pin: a GPIO pad by the board's name (or number), its mode, pull, value and IRQ.

The pad itself is `hal.periph.pin.Pin` (a net with drivers and pulls); this class is the
MCU's view of it.  `Pin.irq()` listens for the pad's edges and hands the handler to the
interrupt path (drivers/irq.py): at once between bytecodes for `hard=True`, through
micropython.schedule otherwise.  A pin object is the same object each time it is asked for
(MicroPython's pins are static objects), so its IRQ survives `Pin('X1')` being called again.
"""

from __future__ import annotations

from typing import Any

from drivers import irq
from drivers.binding import to_int
from drivers.ports import PAD_MODES, PAD_PULLS
from hal.periph.pin import Mode, Pull

_UNSET = -1


class PinIRQ:
    """What Pin.irq() returns: its trigger mask and the flags of the last event."""

    __mp_name__ = "irq"

    def __init__(self, pin: Pin, trigger: int) -> None:
        self._pin = pin
        self._trigger = trigger
        self._flags = 0

    def trigger(self, value: int | None = None) -> int:
        if value is not None:
            self._trigger = to_int(value)
        return self._trigger

    def flags(self) -> int:
        return self._flags

    def __call__(self) -> None:
        """Run the handler now, as if the IRQ had fired (MicroPython's irq())."""
        handler = self._pin._handler
        if handler is not None:
            handler(self._pin)


class Pin:
    """machine.Pin (see module docstring).  Constants are set per port by `bind`."""

    _hw: Any
    _port: Any

    def __new__(cls, id, *args, **kwargs):
        chip = cls._resolve(id)
        cache = cls.__dict__.get("_objects")
        if cache is None:
            cache = {}
            type.__setattr__(cls, "_objects", cache)
        obj = cache.get(chip)
        if obj is None:
            obj = object.__new__(cls)
            obj._chip = chip
            obj._id = id
            obj._pad = cls._hw.pad(chip)
            obj._handler = None
            obj._irq = None
            obj._listener = None
            obj._hard = False
            obj._drive = 0
            obj._alt = _UNSET
            cache[chip] = obj
        return obj

    def __init__(self, id, mode=_UNSET, pull=_UNSET, *, value=None, drive=None, alt=_UNSET):
        if mode != _UNSET or pull != _UNSET or value is not None or alt != _UNSET:
            self.init(mode, pull, value=value, drive=drive, alt=alt)

    @classmethod
    def _resolve(cls, pin_id: Any) -> str:
        """The chip pin for `pin_id`, or the port's error."""
        hw, port = cls._hw, cls._port
        if isinstance(pin_id, Pin):
            return pin_id._chip
        if port.pin_id_kind == "number":
            if not isinstance(pin_id, int):
                raise port.pin_error(pin_id)
            for prefix in ("GPIO", "P0_"):
                name = f"{prefix}{pin_id:02d}" if prefix == "P0_" else f"{prefix}{pin_id}"
                info = hw.chip.PINS.get(name)
                if info is not None and info.valid:
                    return name
            raise port.pin_error(pin_id)
        if not isinstance(pin_id, str):
            raise port.pin_error(pin_id)
        chip = hw.board_pins.get(pin_id)
        if chip is None and pin_id not in hw.board_pins:
            cpu = "P" + pin_id  # Pin.cpu names drop the 'P': 'A0' is PA0
            chip = cpu if cpu in hw.chip.PINS else None
        if chip is None:
            raise port.pin_error(pin_id)
        return chip

    # ## Configuration

    def _mode_name(self, number: int) -> str:
        for name, value in self._port.modes.items():
            if value == number:
                return name
        raise ValueError(f"invalid pin mode: {number}")

    def _pull_name(self, number: int | None) -> str | None:
        if number is None:
            return None
        for name, value in self._port.pulls.items():
            if value == number:
                return name
        raise ValueError(f"invalid pin pull: {number}")

    def init(self, mode=_UNSET, pull=_UNSET, *, value=None, drive=None, alt=_UNSET):
        """Configure the pad: mode, pull, initial output value (set before the mode)."""
        pad = self._pad
        new_mode = pad.mode if mode == _UNSET or mode is None else PAD_MODES[
            self._mode_name(to_int(mode))]
        if pull == _UNSET:
            new_pull = pad.pull
        else:
            new_pull = PAD_PULLS[self._pull_name(pull)] if pull is not None else Pull.NONE
        if drive is not None:
            self._drive = to_int(drive)
        if alt != _UNSET and alt is not None:
            self._alt = to_int(alt)
        self._hw.vm_drives += 1
        try:
            pad.configure(new_mode, new_pull, value=None if value is None else bool(value),
                          alt=str(self._alt) if new_mode in (Mode.ALT, Mode.ALT_OPEN_DRAIN)
                          else None)
        finally:
            self._hw.vm_drives -= 1

    def mode(self, mode=None):
        if mode is None:
            return self._port.modes[_pad_mode_name(self._pad.mode)]
        self.init(mode)
        return None

    def pull(self, pull=_UNSET):
        if pull == _UNSET:
            return _pull_number(self._port, self._pad.pull)
        self.init(pull=pull)
        return None

    def drive(self, drive=None):
        if drive is None:
            return self._drive
        self._drive = to_int(drive)
        return None

    # ## Value

    def value(self, x=None):
        """Read the pad's level, or set the output latch (drives the net in output modes)."""
        if x is None:
            return self._pad.value()
        self._set(1 if x else 0)
        return None

    def _set(self, level: int) -> None:
        """Drive the output latch; an edge this causes on a pin with a hard handler runs
        the handler before this returns, as on the chip (see `_fire`)."""
        hw = self._hw
        hw.vm_drives += 1
        try:
            self._pad.set_output(level)
        finally:
            hw.vm_drives -= 1

    def __call__(self, x=None):
        return self.value(x)

    def on(self):
        self._set(1)

    def off(self):
        self._set(0)

    def low(self):
        self._set(0)

    def high(self):
        self._set(1)

    # ## IRQ

    def irq(self, handler=None, trigger=None, *, priority=1, wake=None, hard=False):
        """Call `handler(pin)` on the edges in `trigger` (default both); returns the IRQ."""
        rising = self._port.irq["IRQ_RISING"]
        falling = self._port.irq["IRQ_FALLING"]
        if trigger is None:
            trigger = rising | falling
        trigger = to_int(trigger)
        if handler is not None or self._irq is None:
            if self._listener is not None:
                self._pad.remove_edge_listener(self._listener)
                self._listener = None
            self._handler = handler
            self._hard = bool(hard)
            self._irq = PinIRQ(self, trigger)
            if handler is not None:
                self._listener = self._edge
                self._pad.add_edge_listener(self._listener)
                self._hw.own(self._release_irq)
        return self._irq

    def _release_irq(self) -> None:
        """At a reboot: the handler belongs to a VM that is gone."""
        if self._listener is not None:
            self._pad.remove_edge_listener(self._listener)
            self._listener = None
        self._handler = None

    def _edge(self, pad: Any, level: int, t_us: int) -> None:
        port_irq = self._port.irq
        flag = port_irq["IRQ_RISING"] if level else port_irq["IRQ_FALLING"]
        # stm32's trigger values share mode bits (0x10110000 / 0x10210000): compare only
        # the bit that tells the edges apart.
        edge_bit = flag & ~(port_irq["IRQ_RISING"] & port_irq["IRQ_FALLING"])
        rq = self._irq
        if rq is None or self._handler is None or not rq._trigger & edge_bit:
            return
        if self._hw.irq_disabled:
            self._hw.masked_irqs.append((self, flag))
            return
        self._fire(flag)

    def _fire(self, flag: int) -> None:
        self._irq._flags = flag
        vm = getattr(self._hw, "vm", None)
        if self._hard and self._hw.vm_drives:
            # The running program caused this edge inside a native call (pin.value(1)):
            # the chip would take the interrupt before the call returns.
            irq.hard_now(vm, self._handler, self)
        elif self._hard:
            irq.hard(vm, self._handler, self)
        elif not irq.soft(vm, self._handler, self):
            self._hw.lost_irqs += 1

    # ## Identity

    def name(self) -> str:
        return self._chip[1:] if self._port.family == "stm32" else self._chip

    def names(self) -> list[str]:
        out = [self.name()]
        out += [b for b, c in self._hw.board_pins.items() if c == self._chip]
        return out

    def port(self) -> int:
        info = self._hw.chip.PINS[self._chip]
        return ord(info.port) - ord("A") if isinstance(info.port, str) else int(info.port or 0)

    def pin(self) -> int:
        return int(self._hw.chip.PINS[self._chip].pin or 0)

    def __mp_repr__(self) -> str:
        if self._port.family != "stm32":
            return f"Pin({self.pin()})"
        mode = _pad_mode_name(self._pad.mode)
        text = f"Pin(Pin.cpu.{self.name()}, mode=Pin.{mode}"
        if self._pad.pull is not Pull.NONE:
            text += f", pull=Pin.{_pad_pull_name(self._pad.pull)}"
        if mode in ("ALT", "ALT_OPEN_DRAIN") and self._alt != _UNSET:
            text += f", alt={self._alt}"
        return text + ")"


def _pad_mode_name(mode: Mode) -> str:
    for name, m in PAD_MODES.items():
        if m is mode:
            return name
    return "IN"


def _pad_pull_name(pull: Pull) -> str:
    return {Pull.UP: "PULL_UP", Pull.DOWN: "PULL_DOWN"}.get(pull, "PULL_NONE")


def _pull_number(port: Any, pull: Pull) -> int | None:
    name = _pad_pull_name(pull)
    if name in port.pulls:
        return port.pulls[name]
    return port.pulls.get("PULL_DISABLED", None) if pull is Pull.NONE else None


def pin_constants(port: Any) -> dict[str, int]:
    """The port's Pin class constants (IN, OUT, PULL_UP, IRQ_RISING...)."""
    out = dict(port.modes)
    out.update({k: v for k, v in port.pulls.items() if v is not None})
    out.update(port.irq)
    return out
