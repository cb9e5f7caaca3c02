"""A pin and the wire attached to it: who drives it, its pulls, its level, its edges.

The MCU drives a pin through its mode (input, push-pull output, open-drain, alternate
function); parts and scenarios attach as further drivers or pull resistors.  The level is
resolved like a real net: strong drivers win over pulls, two strong drivers that disagree
are a short circuit (recorded, read as 0), a net with neither keeps its last level (the pad
capacitance holds it).  Every level change is an edge, reported to listeners with the world
time; the driver layer turns those into Pin.irq() handlers.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable

from hal.periph.timebase import Clock

EdgeListener = Callable[["Pin", int, int], None]
ChangeListener = Callable[["Pin", int], None]


class Mode(enum.Enum):
    """Pad modes, as MicroPython's Pin.IN / OUT / OPEN_DRAIN / ALT / ALT_OPEN_DRAIN / ANALOG."""

    IN = "in"
    OUT = "out"
    OPEN_DRAIN = "open_drain"
    ALT = "alt"
    ALT_OPEN_DRAIN = "alt_open_drain"
    ANALOG = "analog"


class Pull(enum.Enum):
    """The pad's internal pull resistor."""

    NONE = None
    UP = 1
    DOWN = 0


_MCU = "mcu"


class Pin:
    """One MCU pad plus its net.

    `name` is the board/chip name ('X1', 'PA0', 5); `clock` timestamps edges (edges before a
    clock is given carry time 0); `vdd` is the logic supply used for analog readings of a
    digital level.
    """

    def __init__(self, name: str | int, clock: Clock | None = None, vdd: float = 3.3) -> None:
        self.name = name
        self.clock = clock
        self.vdd = vdd
        self.mode = Mode.IN
        self.pull = Pull.NONE
        self.alt: str | None = None
        self._latch = 0
        self._alt_source: Callable[[int], int | None] | None = None
        self._alt_owner: object = None
        self._drives: dict[Hashable, int] = {}
        self._pulls: dict[Hashable, int] = {}
        self._analog: dict[Hashable, float | Callable[[int], float]] = {}
        self._level = 0
        self.contention = False
        self.short_circuits = 0
        self._edge_listeners: list[EdgeListener] = []
        self._change_listeners: list[ChangeListener] = []

    def __repr__(self) -> str:
        return f"<Pin {self.name} {self.mode.value} level={self._level}>"

    # -- time ---------------------------------------------------------------
    def _now(self) -> int:
        return self.clock.now_us() if self.clock is not None else 0

    # -- the MCU side -------------------------------------------------------
    def configure(
        self,
        mode: Mode,
        pull: Pull = Pull.NONE,
        value: int | None = None,
        alt: str | None = None,
    ) -> None:
        """Set the pad mode and pull; `value` presets the output latch (as Pin.init does)."""
        if value is not None:
            self._latch = 1 if value else 0
        self.mode = mode
        self.pull = pull
        self.alt = alt if mode in (Mode.ALT, Mode.ALT_OPEN_DRAIN) else None
        self._resolve()

    def set_output(self, value: int) -> None:
        """Write the output latch (Pin.value(v)); it drives the net only in output modes."""
        self._latch = 1 if value else 0
        self._resolve()

    @property
    def latch(self) -> int:
        """The output latch as last written by the MCU."""
        return self._latch

    def attach_alt(self, owner: object, source: Callable[[int], int | None]) -> None:
        """Let an on-chip peripheral drive the pad in ALT mode.

        `source(t_us)` gives the level it drives at that time (None: released).  A peripheral
        whose output changes calls `refresh()`.
        """
        self._alt_owner = owner
        self._alt_source = source
        self._resolve()

    def detach_alt(self, owner: object) -> None:
        if self._alt_owner is owner:
            self._alt_owner = None
            self._alt_source = None
            self._resolve()

    @property
    def alt_owner(self) -> object:
        """The peripheral driving the pad in ALT mode (a PWM, say), or None."""
        return self._alt_owner if self.mode in (Mode.ALT, Mode.ALT_OPEN_DRAIN) else None

    def _mcu_drive(self, now: int) -> int | None:
        m = self.mode
        if m is Mode.OUT:
            return self._latch
        if m is Mode.OPEN_DRAIN:
            return 0 if self._latch == 0 else None
        if m in (Mode.ALT, Mode.ALT_OPEN_DRAIN) and self._alt_source is not None:
            lvl = self._alt_source(now)
            if m is Mode.ALT_OPEN_DRAIN and lvl:
                return None
            return lvl
        return None

    # -- the world side (parts, scenarios) ------------------------------------
    def drive(self, owner: Hashable, level: int | None) -> None:
        """`owner` drives the net strongly to `level` (0/1), or lets go with None."""
        if level is None:
            self._drives.pop(owner, None)
        else:
            self._drives[owner] = 1 if level else 0
        self._resolve()

    def add_pull(self, owner: Hashable, level: int | None) -> None:
        """An external pull resistor from `owner` to VDD (1) or GND (0); None removes it."""
        if level is None:
            self._pulls.pop(owner, None)
        else:
            self._pulls[owner] = 1 if level else 0
        self._resolve()

    def set_analog(self, owner: Hashable, volts: float | Callable[[int], float] | None) -> None:
        """An analog source on the net (a sensor, a scenario curve): volts or volts(t_us)."""
        if volts is None:
            self._analog.pop(owner, None)
        else:
            self._analog[owner] = volts
        self._change()

    def voltage(self, t_us: int | None = None) -> float:
        """The net's voltage: an analog source if one is attached, else the logic level."""
        t = self._now() if t_us is None else t_us
        for src in self._analog.values():
            return float(src(t)) if callable(src) else float(src)
        return self.vdd if self.level else 0.0

    def drivers(self) -> dict[object, int]:
        """Who drives the net strongly right now and to what level ('mcu' for the pad)."""
        out: dict[object, int] = dict(self._drives)
        mcu = self._mcu_drive(self._now())
        if mcu is not None:
            out[_MCU] = mcu
        return out

    # -- resolution ---------------------------------------------------------
    @property
    def level(self) -> int:
        """The resolved logic level of the net right now."""
        if self._alt_source is not None and self.mode in (Mode.ALT, Mode.ALT_OPEN_DRAIN):
            # A peripheral output may change with time alone (PWM): resolve at read time.
            return self._compute(self._now())[0]
        return self._level

    def value(self) -> int:
        """What the MCU's input register reads (the net level)."""
        return self.level

    def _compute(self, now: int) -> tuple[int, bool]:
        strong = set(self._drives.values())
        mcu = self._mcu_drive(now)
        if mcu is not None:
            strong.add(mcu)
        if len(strong) == 2:
            return 0, True
        if strong:
            return next(iter(strong)), False
        weak = set(self._pulls.values())
        if self.pull is not Pull.NONE and self.mode is not Mode.ANALOG:
            weak.add(self.pull.value)
        if len(weak) == 1:
            return next(iter(weak)), False
        return self._level, False  # floating or a pull-up/pull-down fight: hold the level

    def _resolve(self) -> None:
        now = self._now()
        level, contention = self._compute(now)
        if contention and not self.contention:
            self.short_circuits += 1
        self.contention = contention
        old, self._level = self._level, level
        if level != old:
            for fn in list(self._edge_listeners):
                fn(self, level, now)
        self._change(now)

    def refresh(self) -> None:
        """Re-resolve after an ALT peripheral changed what it drives."""
        self._resolve()

    def _change(self, now: int | None = None) -> None:
        t = self._now() if now is None else now
        for fn in list(self._change_listeners):
            fn(self, t)

    # -- listeners ----------------------------------------------------------
    def add_edge_listener(self, fn: EdgeListener) -> None:
        """Call `fn(pin, new_level, t_us)` on every level change (1: rising, 0: falling)."""
        self._edge_listeners.append(fn)

    def remove_edge_listener(self, fn: EdgeListener) -> None:
        self._edge_listeners.remove(fn)

    def add_change_listener(self, fn: ChangeListener) -> None:
        """Call `fn(pin, t_us)` whenever anything about the net changes (level, drive, PWM)."""
        self._change_listeners.append(fn)

    def remove_change_listener(self, fn: ChangeListener) -> None:
        self._change_listeners.remove(fn)
