"""nRF5 family: any peripheral routes to any pin, so the useful table is the analog one."""

from __future__ import annotations

from hal.gen.base import BindingGenerator, Section
from hal.gen.render import render


class NRFGenerator(BindingGenerator):
    """Adds ``ANALOG_PINS`` (pin name -> AIN channel)."""

    def family_sections(self) -> list[Section]:
        analog = {p.name: p.adc[0][1] for p in self.model.pins if p.adc}
        return [("Analog inputs (pin name -> AIN channel); other functions route to any pin",
                 render(analog, prefix="ANALOG_PINS = "))]
