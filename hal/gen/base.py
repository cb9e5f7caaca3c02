"""The shared binding generator: chip model -> Python data in a cog block.

A chip family subclasses :class:`BindingGenerator` and overrides the hooks
(:meth:`family_sections`, :meth:`type_map_names`) to add what only that family has, such
as the STM32 ``stm`` register constants.  Each section is one group of names with a
comment above it.
"""

from __future__ import annotations

from typing import Callable, Iterator

from hal.gen.model import ChipModel
from hal.gen.render import Hex, render
from hal.records import MemoryRegion, PeripheralInfo, PinInfo

Section = tuple[str, list[str]]  # (comment, source lines)


class BindingGenerator:
    """Expands one :class:`ChipModel` into the source of ``hal/<chip>.py``'s cog block."""

    #: peripheral types that get an ``id -> instance name`` table, and that table's name
    TYPE_TABLES: dict[str, str] = {
        "UART": "UART", "I2C": "I2C", "SPI": "SPI", "Timer": "TIMER", "ADC": "ADC",
        "DAC": "DAC", "CAN": "CAN", "RTC": "RTC", "WDT": "WDT", "GPIO": "GPIO",
    }

    def __init__(self, model: ChipModel):
        self.model = model

    # -- driver -------------------------------------------------------------------------------

    def provenance(self) -> str:
        """The provenance line: input data file and generator class."""
        cls = type(self)
        src = self.model.source
        rel = f"hal/chips/{src.name}"
        return f"# Generated from {rel} by {cls.__module__}.{cls.__qualname__}."

    def lines(self) -> Iterator[str]:
        """Every line of the generated block."""
        yield self.provenance()
        yield "from hal.records import MemoryRegion, PeripheralInfo, PinInfo"
        for comment, body in self.sections():
            yield ""
            yield f"# -- {comment}"
            yield from body

    def emit(self, out: Callable[[str], None]) -> None:
        """Write the block through ``out`` (cog's ``cog.outl``)."""
        for line in self.lines():
            out(line)

    def sections(self) -> list[Section]:
        """The generated groups, in order: common ones then the family's own."""
        return [self.identity(), self.memory(), self.pins(), self.peripherals(),
                self.type_tables(), self.registers(), *self.family_sections()]

    # -- common sections ------------------------------------------------------------------------

    def identity(self) -> Section:
        m = self.model
        body = [f"CHIP = {m.name!r}", f"PART = {m.part!r}", f"FAMILY = {m.family!r}",
                f"VENDOR = {m.vendor!r}", f"PIN_ROUTING = {m.pin_routing!r}"]
        body += render(m.core, prefix="CORE = ")
        body += render(m.clock, prefix="CLOCK = ")
        return "Identity, core and clocks", body

    def memory(self) -> Section:
        regions = {r.name: MemoryRegion(r.name, r.kind, Hex(r.base), r.size, r.external)
                   for r in self.model.memory}
        return "Memory map (region name -> base address and size in bytes)", render(
            regions, prefix="MEMORY = ")

    def pins(self) -> Section:
        pins = {p.name: self.pin_record(p) for p in self.model.pins}
        return ("Pins (chip pin name -> GPIO port/number, (AF index, signal), (ADC unit, "
                "channel))", render(pins, prefix="PINS = "))

    def pin_record(self, pin: PinInfo) -> PinInfo:
        """Hook: the record written for one pin (families may normalise fields)."""
        return pin

    def peripherals(self) -> Section:
        table = {p.name: PeripheralInfo(p.name, p.type, p.id, Hex(p.base), p.irq, p.bus,
                                        p.extra)
                 for p in self.model.peripherals}
        return ("Peripheral instances (name -> type, id, base address, IRQ numbers, bus)",
                render(table, prefix="PERIPHERALS = "))

    def type_tables(self) -> Section:
        body: list[str] = []
        for type_, table in self.TYPE_TABLES.items():
            instances = self.model.peripherals_of(type_)
            if instances:
                body += render({p.id: p.name for p in instances}, prefix=f"{table} = ")
        return "Instances by type (MicroPython id -> peripheral name)", body

    def registers(self) -> Section:
        return ("Register offsets per peripheral type (type -> register -> byte offset)",
                render(self.model.registers, prefix="REGISTERS = "))

    # -- hooks ----------------------------------------------------------------------------------

    def family_sections(self) -> list[Section]:
        """Hook: extra sections only this chip family has."""
        return []
