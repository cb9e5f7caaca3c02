"""One board's hardware, composed from its board data: pins, buses, parts, clock, resets.

`Hardware(board_data)` reads ``boards/<b>/board.json`` (as loaded) and the chip's bindings
(``hal/<chip>.py``) and builds, lazily, what the ``machine``/``pyb``/``microbit`` modules
hand out: a `hal.periph.pin.Pin` per chip pin, an I2C/SPI bus or UART per controller, and
the board's parts (LEDs, switch, accelerometer...) wired to them.  Off-board parts (a BME280
on the I2C pins, an OLED) are added the same way with `add_part(spec)`, in the board data's
own spelling (see boards/parts/registry.py).

The hardware outlives a VM: a soft reset, `machine.reset()`, a watchdog or deep sleep makes
the device boot a fresh VM on the same `Hardware`, so the RTC and its memory persist and
`reset_cause` tells the new program why it started.  `install(vm, hw)` attaches it to a VM
(``vm.hardware``), sets ``sys.platform`` and, unless the VM already reads a world clock,
gives ``time`` this board's clock.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from types import ModuleType
from typing import Any

from boards.parts.registry import build as build_part
from boards.parts.registry import is_known
from hal.periph.i2c import I2CBus
from hal.periph.pin import Pin as PadPin
from hal.periph.rtc import RTC
from hal.periph.scenario import Scenario
from hal.periph.spi import SPIBus
from hal.periph.timebase import Binding
from hal.periph.uart import UART as UARTPeriph
from hal.world.clock import Clock, VirtualClock
from vm.interp.support import Unwind

__all__ = ["BoardReset", "Hardware", "hardware_of", "install", "sleep_until"]

#: sys.platform per board (MicroPython's port names).
PLATFORMS = {"pyboard": "pyboard", "esp8266": "esp8266", "microbit": "microbit",
             "wipy": "WiPy", "lopy": "LoPy", "unix": "linux"}

#: Reset causes, by name; each port's machine module maps them to its own numbers.
PWRON_RESET = "PWRON_RESET"
HARD_RESET = "HARD_RESET"
WDT_RESET = "WDT_RESET"
DEEPSLEEP_RESET = "DEEPSLEEP_RESET"
SOFT_RESET = "SOFT_RESET"


class BoardReset(Unwind, SystemExit):
    """Unwinds the running program when the board resets (machine.reset, WDT, deepsleep).

    On a real board the chip resets at once: nothing of the program runs afterwards.  So
    this is an `Unwind` no VM handler sees (``except BaseException``, ``finally`` and
    ``with`` exits are all skipped), and a SystemExit for the host code around the VM
    (the scheduler and the REPL's executor let it through); the device then sees
    `Hardware.reset_request` and boots a fresh VM on the same hardware.
    """


class _PinTable:
    """Board pin names (and chip names) -> pads, for part specs (registry.build)."""

    def __init__(self, hw: Hardware) -> None:
        self.hw = hw

    def __getitem__(self, name: str) -> PadPin:
        chip = self.hw.board_pins.get(name, name)
        if chip not in self.hw.chip.PINS:
            raise KeyError(name)
        return self.hw.pad(chip)


class Hardware:
    """The hardware of one board (see module docstring)."""

    def __init__(self, board: Mapping[str, Any], clock: Clock | None = None,
                 parts: Iterable[Mapping[str, Any]] = ()) -> None:
        self.board = dict(board)
        self.name: str = self.board["name"]
        self.chip: ModuleType = importlib.import_module(f"hal.{self.board['chip']}")
        self.family: str = self.chip.FAMILY
        self.platform: str = self.board.get("platform") or PLATFORMS.get(self.name, self.name)
        self.clock: Clock = clock if clock is not None else VirtualClock()
        self.board_pins: dict[str, str | None] = dict(self.board.get("pins", {}))
        self._pads: dict[str, PadPin] = {}
        self.buses: dict[str, I2CBus | SPIBus | UARTPeriph] = {}
        self.parts: dict[str, Any] = {}
        self.part_buses: dict[str, Any] = {}  # part name -> the bus or UART it is on
        self.bindings: list[Binding] = []
        self.scenario = Scenario(self.clock)
        self.bind(self.scenario)
        self.rtc = RTC(self.clock, weekday_base=0 if self.family == "esp" else 1)
        self._start_rtc()
        self.bind(self.rtc)
        self.reset_cause = PWRON_RESET
        #: The cause of a hard reset asked for and not yet done (the device reboots).
        self.reset_request: str | None = None
        #: machine.soft_reset() was called: the SystemExit it raised means a soft reboot
        #: even where a plain SystemExit would end the run (``mote run --exit``).
        self.soft_reset_request = False
        #: How many times the board has booted (1 after power-on; hard and soft reboots).
        self.boots = 0
        self._releases: list[Callable[[], object]] = []  # per-VM resources (see own)
        # The host chip (unix board) has no clock figure: 0.
        self.freq_hz: int = int(self.chip.CLOCK.get("default_hz")
                                or self.chip.CLOCK.get("max_hz") or 0)
        #: Nesting count of the running program's own native calls that drive pins: an
        #: edge they cause runs its hard handler at once (drivers/machine/pin.py).
        self.vm_drives = 0
        self.irq_disabled = 0
        self.masked_irqs: list[tuple[Any, int]] = []  # pin edges while IRQs were disabled
        self.lost_irqs = 0  # soft IRQs dropped because the schedule queue was full
        self.wdt: Any = None
        self.vm: Any = None  # the VM running on the board now (set by install)
        for spec in self.board.get("parts", ()):
            if is_known(spec.get("part") or spec.get("kind") or ""):
                self.add_part(spec)
        for spec in parts:
            self.add_part(spec)

    def has_module(self, name: str) -> bool:
        """Whether the board's firmware has driver module `name` (board data "features");
        ``machine`` is on every board with a chip."""
        listed = self.board.get("features", {}).get("modules")
        return name == "machine" or listed is None or name in listed

    # ## Time

    def now_us(self) -> int:
        return self.clock.now_us()

    def bind(self, source: Any) -> None:
        """Keep a timed source (next_event_us/service) scheduled on the board's clock."""
        if hasattr(self.clock, "schedule"):
            self.bindings.append(Binding(self.clock, source))  # type: ignore[arg-type]

    def _start_rtc(self) -> None:
        """The RTC starts at the world's calendar (the clock's epoch), as time.time() does."""
        import datetime as dt
        epoch_us = int(getattr(self.clock, "epoch_us", 0) or 0)
        if epoch_us:
            t = dt.datetime(1970, 1, 1) + dt.timedelta(
                microseconds=epoch_us + self.clock.now_us())
            self.rtc.set_datetime((t.year, t.month, t.day, 0, t.hour, t.minute, t.second,
                                   t.microsecond))

    def busy(self, delta_us: float) -> None:
        """The chip is busy for `delta_us` (a bus transfer on the wire): virtual time moves
        on by that much, running what falls due on the way (timers, parts); their IRQs
        are delivered at the program's next check.  In real time the wall clock already
        moves, so nothing is added."""
        advance = getattr(self.clock, "advance", None)
        if advance is not None and getattr(self.clock, "is_virtual", True) and delta_us > 0:
            advance(-(-int(delta_us * 1000) // 1000))

    # ## Pins

    def pad(self, chip_name: str) -> PadPin:
        """The pad of chip pin `chip_name`, created on first use."""
        pad = self._pads.get(chip_name)
        if pad is None:
            pad = self._pads[chip_name] = PadPin(chip_name, self.clock)
        return pad

    def pin_table(self) -> _PinTable:
        return _PinTable(self)

    def chip_pin(self, board_or_chip: str) -> str:
        """The chip pin behind a board pin name (or a chip pin name itself)."""
        name = self.board_pins.get(board_or_chip, board_or_chip)
        if name is None or name not in self.chip.PINS:
            raise KeyError(board_or_chip)
        return name

    def board_name_of(self, chip_name: str) -> str | None:
        """The first board name for a chip pin (for reprs), or None."""
        for board_name, chip in self.board_pins.items():
            if chip == chip_name:
                return board_name
        return None

    # ## Buses

    def _af_controller(self, kind: str, pins: dict[str, str]) -> str | None:
        """'i2c1' when every pin routes that controller's signal (I2C1_SCL on SCL...)."""
        ids: set[int] | None = None
        for role, chip_name in pins.items():
            info = self.chip.PINS.get(chip_name)
            found = set()
            for _, signal in getattr(info, "af", ()):
                head, _, tail = signal.partition("_")
                if tail == role.upper() and head.upper().startswith(kind.upper()):
                    digits = head[len(kind):]
                    if digits.isdigit():
                        found.add(int(digits))
            ids = found if ids is None else ids & found
        if ids:
            return f"{kind.lower()}{min(ids)}"
        return None

    def i2c_bus(self, ident: int | None = None, scl: str | None = None,
                sda: str | None = None) -> I2CBus:
        """The I2C bus of controller `ident`, or the wires `scl`/`sda` (chip pin names)."""
        if ident is not None and ident >= 0:
            key = f"i2c{ident}"
        else:
            key = (self._af_controller("I2C", {"scl": scl, "sda": sda})
                   or f"i2c:{scl}:{sda}")
        bus = self.buses.get(key)
        if bus is None:
            bus = self.buses[key] = I2CBus(key, self.clock)
        return bus  # type: ignore[return-value]

    def spi_bus(self, ident: int | None = None, sck: str | None = None,
                mosi: str | None = None, miso: str | None = None) -> SPIBus:
        """The SPI bus of controller `ident`, or the wires sck/mosi/miso (chip pin names)."""
        if ident is not None and ident >= 0:
            key = f"spi{ident}"
        else:
            wires = {k: v for k, v in (("sck", sck), ("mosi", mosi)) if v is not None}
            key = self._af_controller("SPI", wires) or f"spi:{sck}:{mosi}:{miso}"
        bus = self.buses.get(key)
        if bus is None:
            bus = self.buses[key] = SPIBus(key)
        return bus  # type: ignore[return-value]

    def uart(self, ident: int) -> UARTPeriph:
        """The UART peripheral `ident` (bound to the clock for its line events)."""
        key = f"uart{ident}"
        u = self.buses.get(key)
        if u is None:
            u = self.buses[key] = UARTPeriph(self.clock, key)
            self.bind(u)
        return u  # type: ignore[return-value]

    def _bus_for_spec(self, bus: Any) -> tuple[str, Any]:
        if isinstance(bus, str):
            kind, ident = bus.rstrip("0123456789"), bus[len(bus.rstrip("0123456789")):]
            bus = {"type": kind, "id": int(ident) if ident else -1}
        kind = str(bus["type"]).upper()
        ident = bus.get("id", -1)
        ident = -1 if ident is None else int(ident)
        pins = {k: self.chip_pin(v) for k, v in bus.items()
                if k in ("scl", "sda", "sck", "mosi", "miso") and v is not None}
        if kind == "I2C":
            b = self.i2c_bus(ident if ident >= 0 else None, pins.get("scl"), pins.get("sda"))
        elif kind == "SPI":
            b = self.spi_bus(ident if ident >= 0 else None, pins.get("sck"),
                             pins.get("mosi"), pins.get("miso"))
        else:
            raise ValueError(f"part on an unsupported bus {bus!r}")
        return b.name, b

    # ## Parts

    def add_part(self, spec: Mapping[str, Any]) -> Any:
        """Build a part from a board-data entry, wire it, and keep it under its name."""
        spec = dict(spec)
        buses: dict[str, Any] = {}
        if "bus" in spec:
            key, bus = self._bus_for_spec(spec["bus"])
            spec["bus"] = key
            buses[key] = bus
        if "uart" in spec:
            u = spec["uart"]
            ident = int(str(u).lstrip("uart")) if not isinstance(u, Mapping) else int(u["id"])
            key = f"uart{ident}"
            buses[key] = self.uart(ident)
            spec["uart"] = key
        part = build_part(spec, self.clock, buses, self.pin_table())
        name = spec.get("name") or spec.get("part") or spec.get("kind")
        self.parts[str(name)] = part
        if buses:
            self.part_buses[str(name)] = next(iter(buses.values()))
        if hasattr(part, "next_event_us") and hasattr(part, "service"):
            self.bind(part)
        return part

    def part(self, name: str) -> Any:
        return self.parts[name]

    # ## Resets

    def own(self, release: Callable[[], object]) -> None:
        """Record a resource the running VM set up (a pin IRQ handler, a running timer, a
        UART callback): `release()` undoes it at the next reboot, as MicroPython's soft
        reset de-initialises them, so no handler of a dead VM runs in the next one."""
        self._releases.append(release)

    def release_vm(self) -> None:
        """Undo what the VM that just ended set up (see `own`)."""
        releases, self._releases = self._releases, []
        for release in reversed(releases):
            release()
        self.irq_disabled = 0
        self.masked_irqs.clear()

    def request_reset(self, cause: str, now: bool = False) -> None:
        """Ask for a hard reset with `cause` (a reset-cause name, or ``"MACHINE"`` for
        machine.reset(): the port's own cause for a software reset).

        With `now` (called on the VM's thread, inside a native call) the program is unwound
        at once by raising `BoardReset`; otherwise (a watchdog expiring on the clock, a
        reset button in a scenario) it is delivered as a hard IRQ, which also wakes a
        sleeping VM.
        """
        from drivers import irq
        if cause == "MACHINE":
            from drivers.ports import port_of
            cause = port_of(self.family).machine_reset_cause
        if self.reset_request is None:
            self.reset_request = cause
        if now:
            raise BoardReset()
        if self.vm is not None:
            irq.hard(self.vm, _raise_reset(self), None)

    def press_reset(self) -> None:
        """The board's reset button (or its RST pin pulled low): reset_cause HARD_RESET."""
        self.request_reset(HARD_RESET)

    def complete_reset(self) -> str:
        """The device calls this when it boots again after a hard reset: the request
        becomes reset_cause.

        A reset clears what a reset clears on the chip (the watchdog, the IRQ mask, the
        VM's handlers and timers) and keeps what survives it (RTC, its memory, the parts).
        """
        cause = self.reset_request or SOFT_RESET
        self.reset_cause = cause
        self.reset_request = None
        self.soft_reset_request = False
        self.release_vm()
        if self.wdt is not None:
            self.wdt._deadline = None  # the on-chip watchdog stops with the reset
            self.wdt = None
        return cause

    def soft_reboot(self) -> None:
        """The device calls this on a soft reboot (Ctrl-D, SystemExit, machine.soft_reset):
        the VM's handlers and timers go; the watchdog, once started, keeps counting (it
        cannot be stopped short of a hard reset); reset_cause follows the port."""
        from drivers.ports import port_of
        self.soft_reset_request = False
        self.release_vm()
        cause = port_of(self.family).soft_reboot_cause
        if cause is not None:
            self.reset_cause = cause


def _raise_reset(hw: Hardware):
    def raise_it(_arg: object) -> None:
        if hw.reset_request is not None:
            raise BoardReset()
    return raise_it


def sleep_until(hw: Hardware, at_us: int, stop: Callable[[], object] | None = None) -> None:
    """Idle the board's VM until world time `at_us`, running IRQ handlers as they happen.

    `stop()`, checked after each event of the world, ends the wait early when true (a byte
    arrived, a pin changed); the VM's scheduler does the idling (vm/runtime/scheduler.py).
    """
    from vm.runtime.scheduler import scheduler_of
    sched = scheduler_of(hw.vm)
    clock = hw.clock
    while True:
        now = clock.now_us()
        if now >= at_us or (stop is not None and stop()):
            sched.run_pending()
            return
        step = at_us
        if stop is not None:
            nxt = clock.next_event_us()
            if nxt is not None:
                step = min(at_us, max(nxt, now + 1))
        sched.idle(step)


def install(vm: Any, hw: Hardware) -> Hardware:
    """Attach `hw` to `vm`: drivers find it as ``vm.hardware``; ``time`` reads its clock."""
    vm.hardware = hw
    hw.vm = vm
    vm.platform = hw.platform
    if getattr(vm, "clock", None) is None:
        vm.clock = hw.clock
    return hw


def hardware_of(vm: Any, module: str) -> Hardware:
    """The hardware of the VM importing driver module `module`.

    A VM without a board (the unix port, a bare test VM) has none: importing the module
    fails as on a port that lacks it.
    """
    hw = getattr(vm, "hardware", None)
    if hw is None or not hw.has_module(module):
        raise ImportError(f"no module named '{module}'")
    return hw


def attach_device(device: Any, vm: Any) -> Hardware:
    """The device-side hook (firmware/device.py): give a freshly booted VM its board.

    The device keeps one `Hardware` across reboots (RTC, its memory and the parts
    persist); a reset it asked for becomes the new `reset_cause`.  Off-board parts come
    from ``device.parts`` (board-data spelling; `mote run` reads them from the app's
    ``wiring.json``).  A VM on a different world clock (a new real-time clock after a
    soft reboot of the REPL) gets new hardware on that clock.
    """
    hw = getattr(device, "hardware", None)
    clock = getattr(vm, "clock", None)
    if hw is None or (clock is not None and hw.clock is not clock):
        hw = Hardware(device.image.board, clock, getattr(device, "parts", ()))
        device.hardware = hw
    elif hw.reset_request is not None:
        hw.complete_reset()
    hw.boots += 1
    return install(vm, hw)


def wiring_parts(app: Any, board: str) -> list[dict]:
    """The off-board parts an app declares for `board` in its ``wiring.json``, if any."""
    import json
    from pathlib import Path
    path = Path(app) / "wiring.json"
    if not path.is_file():
        return []
    return list(json.loads(path.read_text()).get(board, []))
