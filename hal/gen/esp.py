"""Espressif family: which GPIO numbers a port may hand out."""

from __future__ import annotations

from hal.gen.base import BindingGenerator, Section
from hal.gen.render import render


class ESPGenerator(BindingGenerator):
    """Adds ``VALID_GPIO`` and ``INPUT_ONLY_GPIO`` (pins wired to flash are excluded)."""

    def family_sections(self) -> list[Section]:
        raw = self.model.raw["pins"]
        valid = tuple(p.pin for p in self.model.pins if p.valid and p.pin is not None)
        input_only = tuple(p.pin for p in self.model.pins
                           if raw[p.name].get("input_only") and p.pin is not None)
        body = render(valid, prefix="VALID_GPIO = ")
        body += render(input_only, prefix="INPUT_ONLY_GPIO = ")
        return [("GPIO numbers usable by machine.Pin", body)]
