"""What differs between MicroPython ports, as data: one `Port` per chip family.

The machine/pyb classes are written once; numbers (Pin.OUT is 1 on both stm32 and esp8266
but OPEN_DRAIN is 0x11 on one and 2 on the other), error texts ("Pin(X99) doesn't exist"
against "invalid pin") and behaviours (a data NACK on I2C) come from this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from hal.periph.pin import Mode, Pull


@dataclass(frozen=True)
class Port:
    """One port's constants and conventions."""

    family: str
    modes: dict[str, int]  # Pin.IN... -> the port's number
    pulls: dict[str, int | None]  # Pin.PULL_UP... -> number (None: not offered)
    irq: dict[str, int]  # IRQ_RISING / IRQ_FALLING
    reset_causes: dict[str, int]  # PWRON_RESET... -> number
    pin_error: Callable[[object], Exception]  # Pin(bad) -> the port's exception
    pin_id_kind: str  # "name" (stm32: 'X1', 'A0') or "number" (esp8266: 5)
    adc_bits: int = 12
    uart_ids: tuple[int, ...] = ()
    unique_id: bytes = b""
    sleep_wake_causes: dict[str, int] = field(default_factory=dict)
    #: The reset cause the chip records after ``machine.reset()`` (a software reset):
    #: SOFT_RESET on the nRF (RESETREAS.SREQ) and ESP8266 (REASON_SOFT_RESTART); HARD_RESET
    #: on the STM32F4, whose internal reset pulses NRST so RCC_CSR reads PINRSTF.
    machine_reset_cause: str = "SOFT_RESET"
    #: What reset_cause() says after a soft reboot (Ctrl-D, machine.soft_reset()): the
    #: stm32 port's machine_deinit sets SOFT_RESET; the others keep the last hard cause.
    soft_reboot_cause: str | None = None


def _stm32_pin_error(pin_id: object) -> Exception:
    if not isinstance(pin_id, str):
        return TypeError(f"can't convert {type(pin_id).__name__} to str")
    return ValueError(f"Pin({pin_id}) doesn't exist")


def _esp_pin_error(pin_id: object) -> Exception:
    if not isinstance(pin_id, int):
        return TypeError(f"can't convert {type(pin_id).__name__} to int")
    return ValueError("invalid pin")


PORTS: dict[str, Port] = {
    "stm32": Port(
        family="stm32",
        modes={"IN": 0, "OUT": 1, "OPEN_DRAIN": 0x11, "ALT": 2, "ALT_OPEN_DRAIN": 0x12,
               "ANALOG": 3},
        pulls={"PULL_NONE": 0, "PULL_UP": 1, "PULL_DOWN": 2},
        irq={"IRQ_RISING": 0x10110000, "IRQ_FALLING": 0x10210000},
        reset_causes={"PWRON_RESET": 1, "HARD_RESET": 2, "WDT_RESET": 3,
                      "DEEPSLEEP_RESET": 4, "SOFT_RESET": 5},
        pin_error=_stm32_pin_error,
        pin_id_kind="name",
        adc_bits=12,
        uart_ids=(1, 2, 3, 4, 5, 6),
        unique_id=bytes.fromhex("3a0044000f51333438353730"),
        machine_reset_cause="HARD_RESET",
        soft_reboot_cause="SOFT_RESET",
    ),
    "esp": Port(
        family="esp",
        modes={"IN": 0, "OUT": 1, "OPEN_DRAIN": 2},
        pulls={"PULL_UP": 1},
        irq={"IRQ_RISING": 1, "IRQ_FALLING": 2},
        reset_causes={"PWRON_RESET": 0, "WDT_RESET": 1, "SOFT_RESET": 4,
                      "DEEPSLEEP_RESET": 5, "HARD_RESET": 6},
        pin_error=_esp_pin_error,
        pin_id_kind="number",
        adc_bits=10,
        uart_ids=(0, 1),
        unique_id=bytes.fromhex("a1b2c3"),
    ),
    "nrf": Port(
        family="nrf",
        modes={"IN": 0, "OUT": 1, "OPEN_DRAIN": 2},
        pulls={"PULL_DISABLED": 0, "PULL_UP": 3, "PULL_DOWN": 1},
        irq={"IRQ_RISING": 1, "IRQ_FALLING": 2},
        reset_causes={"PWRON_RESET": 0, "HARD_RESET": 1, "WDT_RESET": 2, "SOFT_RESET": 4,
                      "DEEPSLEEP_RESET": 6},
        pin_error=_esp_pin_error,
        pin_id_kind="number",
        adc_bits=10,
        uart_ids=(0,),
        unique_id=bytes.fromhex("5f2e9a7c1d4b8e60"),
    ),
}

#: Port mode names -> the pad modes of hal.periph.pin.
PAD_MODES = {"IN": Mode.IN, "OUT": Mode.OUT, "OPEN_DRAIN": Mode.OPEN_DRAIN, "ALT": Mode.ALT,
             "ALT_OPEN_DRAIN": Mode.ALT_OPEN_DRAIN, "ANALOG": Mode.ANALOG}
PAD_PULLS = {"PULL_NONE": Pull.NONE, "PULL_DISABLED": Pull.NONE, "PULL_UP": Pull.UP,
             "PULL_DOWN": Pull.DOWN}


def port_of(family: str) -> Port:
    """The port profile of a chip family (stm32 when unknown: the reference port)."""
    return PORTS.get(family, PORTS["stm32"])
