"""Chip data -> per-chip binding modules (``hal/<chip>.py``), run through cog.

Each binding module holds one cog block calling :func:`emit`; ``scons regen`` (or
``cog -r -c -I . hal/<chip>.py``) rewrites it from ``hal/chips/<chip>.json``.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from hal.gen.base import BindingGenerator
from hal.gen.model import ChipModel

#: chip family (the ``family`` field of the chip data) -> "module:class" of its generator
GENERATORS = {
    "stm32": "hal.gen.stm32:STM32Generator",
    "nrf": "hal.gen.nrf:NRFGenerator",
    "esp": "hal.gen.esp:ESPGenerator",
    "semtech_lora": "hal.gen.radio:RadioGenerator",
}

__all__ = ["GENERATORS", "BindingGenerator", "ChipModel", "generator_for", "emit"]


def generator_for(model: ChipModel) -> BindingGenerator:
    """The generator for a chip's family (the base generator if the family has no hooks)."""
    spec = GENERATORS.get(model.family)
    if spec is None:
        return BindingGenerator(model)
    module, cls = spec.split(":")
    return getattr(import_module(module), cls)(model)


def emit(cog, chip: str, chips_dir: str | Path | None = None) -> None:
    """Called from a cog block: write the bindings of ``chip`` with ``cog.outl``."""
    generator_for(ChipModel.load(chip, Path(chips_dir) if chips_dir else None)).emit(cog.outl)
