"""The ``stm`` module: the STM32's peripheral base addresses and register offsets.

The constants are the chip's HAL bindings (``hal/<chip>.py``'s ``STM`` table, generated from
the chip data), so ``stm.GPIOA + stm.GPIO_ODR`` is the address the real firmware uses.
Memory access (``stm.mem32[...]``) needs a register model of the chip and is not offered.
"""

from __future__ import annotations

from typing import Any

from drivers.hardware import hardware_of
from vm.native import NativeModule

module = NativeModule("stm")

__all__ = ["module"]


def _install(vm: Any, attrs: dict) -> None:
    hw = hardware_of(vm, "stm")
    table = getattr(hw.chip, "STM", None)
    if table is None:
        raise ImportError("no module named 'stm'")
    attrs.update(table)


module.on_import = _install
