"""Board data names parts; the registry builds and wires them."""

import pytest

from boards.parts.bme280 import BME280
from boards.parts.registry import PARTS, build, is_known, part_class
from hal.periph.i2c import I2CBus, Read, Write
from hal.periph.pin import Mode, Pin
from hal.periph.spi import SPIBus
from hal.periph.uart import UART


def test_every_part_is_named():
    assert {"bme280", "ssd1306", "mma7660", "24lc256", "gps", "button", "led"} <= set(PARTS)
    assert part_class("BME280") is BME280
    with pytest.raises(KeyError, match="known: "):
        part_class("bmp999")


def test_build_from_board_entries(clock):
    pins = {n: Pin(n, clock) for n in ("X5", "Y4", "Y3", "A13", "B3")}
    for n in ("X5", "Y4", "Y3"):
        pins[n].configure(Mode.OUT, value=1)
    buses = {"i2c1": I2CBus("i2c1", clock), "spi1": SPIBus("spi1"), "uart4": UART(clock)}
    bme = build({"part": "bme280", "bus": "i2c1", "addr": 118}, clock, buses, pins)
    acc = build({"part": "mma7660", "bus": "i2c1"}, clock, buses, pins)
    oled = build({"part": "ssd1306", "bus": "spi1", "cs": "X5", "dc": "Y4", "res": "Y3",
                  "params": {"height": 32}}, clock, buses, pins)
    led = build({"part": "led", "pin": "A13", "params": {"name": "LED1"}}, clock, buses, pins)
    btn = build({"part": "button", "pin": "B3"}, clock, buses, pins)
    gps = build({"part": "gps", "uart": "uart4"}, clock, buses, pins)
    assert buses["i2c1"].scan() == [0x4C, 0x76]
    res = buses["i2c1"].transfer(118, [Write(b"\xd0"), Read(1)])
    assert res.data == b"\x60" and bme.read_reg(0xD0) == 0x60
    assert oled.height == 32 and oled.dc is pins["Y4"]
    assert led.name == "LED1" and btn.pin is pins["B3"] and acc.clock is clock
    assert buses["uart4"].tx.sink is gps


def test_build_from_the_pyboard_board_data_spelling(clock):
    names = ("LED_RED", "SW", "MMA_INT", "MMA_AVDD")
    pins = {n: Pin(n, clock) for n in names}
    pins["MMA_AVDD"].configure(Mode.OUT, value=1)
    buses = {"i2c1": I2CBus("i2c1", clock)}
    led = build({"name": "LED1", "kind": "led", "id": 1, "pin": "LED_RED", "color": "red",
                 "active": "high"}, clock, buses, pins)
    sw = build({"name": "USR", "kind": "switch", "pin": "SW", "active": "low",
                "pull": "up"}, clock, buses, pins)
    acc = build({"name": "accel", "kind": "mma7660",
                 "bus": {"type": "I2C", "id": 1, "scl": "X9", "sda": "X10"}, "address": 76,
                 "pins": {"int": "MMA_INT", "avdd": "MMA_AVDD"}}, clock, buses, pins)
    assert led.name == "LED1" and not led.active_low
    assert sw.name == "USR" and sw.active_low
    assert acc.interrupt is pins["MMA_INT"] and acc.power is pins["MMA_AVDD"]
    assert buses["i2c1"].scan() == [76]
    pins["MMA_AVDD"].set_output(0)
    assert buses["i2c1"].scan() == []
    assert is_known("MMA7660") and not is_known("sdcard")


def test_button_with_an_external_pull_from_board_data(clock):
    pins = {"BUTTON_A": Pin("BUTTON_A", clock)}
    btn = build({"kind": "button", "pin": "BUTTON_A", "active": "low", "pull": "external"},
                clock, {}, pins)
    assert pins["BUTTON_A"].value() == 1
    btn.press()
    assert pins["BUTTON_A"].value() == 0
