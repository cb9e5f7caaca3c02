"""The public model of one chip description (``hal/chips/<chip>.json``).

Generators read chips only through :class:`ChipModel`, never the raw JSON, so the data
format can evolve in one place.  Addresses in the JSON are hex strings; here they are ints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from hal.records import MemoryRegion, PeripheralInfo, PinInfo

CHIPS_DIR = Path(__file__).resolve().parent.parent / "chips"

_PERIPHERAL_KEYS = {"name", "type", "id", "base", "irq", "bus"}


def _addr(value: str | int) -> int:
    return int(value, 16) if isinstance(value, str) else int(value)


@dataclass(frozen=True)
class ChipModel:
    """A chip's data, parsed: core, clock, memory map, pins, peripherals, register blocks."""

    name: str
    part: str
    family: str
    vendor: str
    core: dict
    clock: dict
    memory: tuple[MemoryRegion, ...]
    pin_routing: str
    pins: tuple[PinInfo, ...]
    peripherals: tuple[PeripheralInfo, ...]
    registers: dict[str, dict[str, int]]
    raw: dict  # the whole JSON document, for family hooks that need more
    source: Path

    @classmethod
    def load(cls, chip: str, chips_dir: Path | None = None) -> "ChipModel":
        """Load ``<chips_dir>/<chip>.json`` (default: ``hal/chips``)."""
        path = Path(chips_dir or CHIPS_DIR) / f"{chip}.json"
        data = json.loads(path.read_text())
        if data.get("name") != chip:
            raise ValueError(f"{path}: 'name' is {data.get('name')!r}, expected {chip!r}")
        memory = tuple(
            MemoryRegion(m["name"], m["kind"], _addr(m["base"]), int(m["size"]),
                         bool(m.get("external", False)))
            for m in data["memory"])
        pins = tuple(
            PinInfo(name, p.get("port"), p.get("pin"),
                    tuple((int(i), s) for i, s in p.get("af", ())),
                    tuple((int(u), int(c)) for u, c in p.get("adc", ())),
                    bool(p.get("valid", True)))
            for name, p in data["pins"].items())
        peripherals = tuple(
            PeripheralInfo(p["name"], p["type"], p["id"], _addr(p["base"]),
                           {k: int(v) for k, v in p.get("irq", {}).items()}, p.get("bus", ""),
                           {k: v for k, v in p.items() if k not in _PERIPHERAL_KEYS})
            for p in data["peripherals"])
        return cls(name=chip, part=data["part"], family=data["family"],
                   vendor=data.get("vendor", ""), core=data["core"], clock=data["clock"],
                   memory=memory, pin_routing=data.get("pin_routing", "none"), pins=pins,
                   peripherals=peripherals,
                   registers={blk: dict(regs) for blk, regs in data.get("registers", {}).items()},
                   raw=data, source=path)

    def peripherals_of(self, type_: str) -> tuple[PeripheralInfo, ...]:
        """Instances of one peripheral type, in data order."""
        return tuple(p for p in self.peripherals if p.type == type_)

    def region(self, kind: str) -> MemoryRegion | None:
        """The first memory region of ``kind`` ("flash", "ram", ...), or None."""
        return next((m for m in self.memory if m.kind == kind), None)
