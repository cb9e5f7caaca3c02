"""Chip facts as the generated bindings expose them (datasheet values)."""

import importlib

import pytest

from hal.gen.model import ChipModel


def test_stm32f405_pyboard_pins_and_alternate_functions():
    stm = importlib.import_module("hal.stm32f405")
    assert stm.PINS["PB6"].af_index("I2C1_SCL") == 4  # the MMA7660's bus
    assert stm.PINS["PB7"].af_index("I2C1_SDA") == 4
    assert stm.PINS["PA2"].af_index("USART2_TX") == 7
    assert stm.PINS["PA0"].adc == ((1, 0), (2, 0), (3, 0))
    assert (stm.PINS["PC13"].port, stm.PINS["PC13"].pin) == ("C", 13)


def test_stm32f405_stm_constants_match_the_reference_manual():
    stm = importlib.import_module("hal.stm32f405").STM
    assert stm["GPIOA"] == 0x40020000 and stm["GPIOB"] == 0x40020400
    assert stm["RCC"] == 0x40023800 and stm["TIM1"] == 0x40010000
    assert stm["USART1"] == 0x40011000 and stm["I2C1"] == 0x40005400
    assert (stm["GPIO_MODER"], stm["GPIO_IDR"], stm["GPIO_ODR"], stm["GPIO_BSRRL"]) == (
        0x00, 0x10, 0x14, 0x18)
    assert stm["RCC_AHB1ENR"] == 0x30 and stm["TIM_CNT"] == 0x24 and stm["USART_DR"] == 0x04


def test_stm32f405_instances_and_irqs():
    b = importlib.import_module("hal.stm32f405")
    assert b.UART == {1: "USART1", 2: "USART2", 3: "USART3", 4: "UART4", 5: "UART5",
                      6: "USART6"}
    assert b.PERIPHERALS["USART1"].irq == {"global": 37}
    assert b.PERIPHERALS["TIM2"].irq == {"global": 28}
    assert b.PERIPHERALS["I2C1"].irq == {"event": 31, "error": 32}
    assert len(b.TIMER) == 14
    assert b.MEMORY["flash"].size == 1024 * 1024
    assert sum(m.size for m in b.MEMORY.values() if m.name in ("sram1", "sram2",
                                                                "ccmram")) == 192 * 1024


def test_nrf51822_memory_and_analog_pins():
    b = importlib.import_module("hal.nrf51822")
    assert b.MEMORY["flash"].size == 256 * 1024 and b.MEMORY["ram"].size == 16 * 1024
    assert b.ANALOG_PINS["P0_03"] == 4 and len(b.PINS) == 32
    assert b.PERIPHERALS["UART0"].base == 0x40002000 and b.PERIPHERALS["UART0"].irq == {
        "global": 2}


def test_esp8266_valid_gpio_exclude_the_flash_pins():
    b = importlib.import_module("hal.esp8266")
    assert b.VALID_GPIO == (0, 1, 2, 3, 4, 5, 12, 13, 14, 15, 16)
    assert b.MEMORY["dram"].size == 80 * 1024


@pytest.mark.parametrize("chip", ["stm32f405", "nrf51822", "cc3200", "esp32", "sx1272",
                                  "esp8266", "host"])
def test_every_chip_has_core_memory_and_peripherals(chip):
    model = ChipModel.load(chip)
    assert model.core["word_bits"] in (8, 32, 64)
    assert model.memory and model.peripherals
    for p in model.peripherals:
        assert all(isinstance(n, int) for n in p.irq.values())
