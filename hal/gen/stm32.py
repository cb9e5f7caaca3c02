"""STM32 family: GPIO ports by letter and the ``stm`` register-constant table."""

from __future__ import annotations

from hal.gen.base import BindingGenerator, Section
from hal.gen.render import Hex, render


class STM32Generator(BindingGenerator):
    """Adds ``GPIO_PORTS`` and ``STM`` (the names the pyboard's ``stm`` module exports)."""

    #: register-block type -> the prefix the ``stm`` module uses for its offsets
    REGISTER_PREFIX = {"Timer": "TIM", "UART": "USART"}

    def family_sections(self) -> list[Section]:
        return [self.gpio_ports(), self.stm_constants()]

    def gpio_ports(self) -> Section:
        ports = {p.id: Hex(p.base) for p in self.model.peripherals_of("GPIO")}
        return "GPIO ports (letter -> base address)", render(ports, prefix="GPIO_PORTS = ")

    def stm_constants(self) -> Section:
        consts: dict[str, int] = {}
        for p in self.model.peripherals:
            consts[p.name] = Hex(p.base)
        for block, regs in self.model.registers.items():
            prefix = self.REGISTER_PREFIX.get(block, block)
            for reg, offset in regs.items():
                consts[f"{prefix}_{reg}"] = offset
        return ("The `stm` module's constants (peripheral bases, register offsets)",
                render(consts, prefix="STM = "))
