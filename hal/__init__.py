"""Chips: data in ``hal/chips/``, cog-generated bindings ``hal/<chip>.py``, peripherals."""

from importlib import import_module


def bindings(chip: str):
    """The generated binding module of ``chip`` (e.g. ``bindings("stm32f405").STM``)."""
    return import_module(f"hal.{chip}")
