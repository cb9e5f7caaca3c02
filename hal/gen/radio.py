"""Radio transceivers (e.g. Semtech SX127x): RF capabilities as data."""

from __future__ import annotations

from hal.gen.base import BindingGenerator, Section
from hal.gen.render import render


class RadioGenerator(BindingGenerator):
    """Adds ``RADIO`` (bands, modulations, spreading factors, bandwidths, version)."""

    def family_sections(self) -> list[Section]:
        return [("Radio capabilities", render(self.model.raw["radio"], prefix="RADIO = "))]
