"""Scenarios: timed inputs (press, curves, unplug) and observations of outputs."""

import pytest

from boards.parts.bme280 import BME280
from boards.parts.button import Button
from boards.parts.led import LED
from boards.parts.ssd1306 import SSD1306
from hal.periph.i2c import I2CBus, Read, Write
from hal.periph.pin import Mode, Pin, Pull
from hal.periph.scenario import Curve, Scenario, seconds, value_of
from hal.periph.timebase import run_until
from hal.periph.timer import Timer
from hal.periph.uart import UART, HostStream, connect


def test_curve_interpolates_holds_and_steps():
    c = Curve([(0, 20.0), (10, 30.0), (20, 10.0)])
    assert c(seconds(5)) == 25.0 and c(seconds(15)) == 20.0
    assert c(-5) == 20.0 and c(seconds(99)) == 10.0
    s = Curve([(0, 1.0), (1, 2.0)], steps=True)
    assert s(seconds(0.99)) == 1.0 and s(seconds(1)) == 2.0
    assert value_of(3, 0) == 3.0 and value_of(c, 0) == 20.0
    with pytest.raises(ValueError):
        Curve([])


def test_press_button_at_2s_and_observe_the_led(clock):
    btn_pin, led_pin = Pin("X17", clock), Pin("A13", clock)
    btn_pin.configure(Mode.IN, Pull.UP)
    led_pin.configure(Mode.OUT, value=0)
    button, led = Button(clock, btn_pin), LED(clock, led_pin)
    # "Firmware": the LED mirrors the button (as an IRQ handler would).
    btn_pin.add_edge_listener(lambda p, lvl, t: led_pin.set_output(1 - lvl))
    sc = Scenario(clock).press(button, at_s=2.0, for_s=0.5)
    sc.observe("led", led.is_on, at_s=[1.0, 2.25, 3.0])
    run_until(clock, seconds(5), [sc], clock.set)
    assert led.states() == [(0, False), (2_000_000, True), (2_500_000, False)]
    assert sc.observations["led"] == [(1_000_000, False), (2_250_000, True),
                                      (3_000_000, False)]
    assert [label for _, label in sc.performed if not label.startswith("observe")] == \
        ["press button", "release button"]


def test_unplug_the_sensor_at_10s_then_replug(clock):
    bus = I2CBus("i2c1", clock)
    bus.attach(BME280(clock), 0x76)
    sc = Scenario(clock).unplug(bus, 0x76, at_s=10).replug(bus, 0x76, at_s=20)

    def probe():
        return bus.transfer(0x76, [Write(b"\xd0"), Read(1)]).addr_ack

    sc.observe("ack", probe, at_s=[9.9, 10.0, 19.9, 20.0])
    run_until(clock, seconds(30), [sc], clock.set)
    assert [a for _, a in sc.observations["ack"]] == [True, False, False, True]


def test_temperature_follows_a_curve_set_by_the_scenario(clock):
    bme = BME280(clock)
    sc = Scenario(clock).set(bme, "temperature", Curve([(0, 10.0), (100, 20.0)]), at_s=1)
    run_until(clock, seconds(50), [sc], clock.set)
    assert value_of(bme.temperature, clock.now_us()) == pytest.approx(15.0)


def test_observe_display_frames_and_uart_bytes_over_time(clock):
    """A 'firmware' timer writes a count to the console and draws it on the display."""
    bus = I2CBus("i2c1", clock)
    oled = SSD1306(clock)
    bus.attach(oled, 0x3C)
    bus.transfer(0x3C, [Write(bytes([0x00, 0x8D, 0x14, 0xAF, 0x20, 0x00]))])
    console, host = UART(clock, baudrate=115200), HostStream(clock)
    connect(console, host)
    tim = Timer(clock)

    def tick(t, due):
        n = t.overflows
        console.write(b"%d\n" % n)
        bus.transfer(0x3C, [Write(bytes([0x00, 0x21, 0, 127, 0x22, 0, 7]))])
        bus.transfer(0x3C, [Write(b"\x40" + bytes([0xFF] * n))])

    tim.init(period_us=1_000_000, callback=tick)
    sc = Scenario(clock).observe("lit", lambda: sum(oled.frame_bytes()), at_s=[0.5, 3.5])
    run_until(clock, seconds(3.5), [sc, tim, console, host], clock.set)
    assert host.take() == b"1\n2\n3\n"
    assert [t for t, _ in host.timeline][::2] == [1_000_087, 2_000_087, 3_000_087]
    assert [(t, sum(img)) for t, img in oled.frames] == [
        (0, 0), (1_000_000, 8), (2_000_000, 16), (3_000_000, 24)]  # blank after init
    assert sc.observations["lit"] == [(500_000, 0), (3_500_000, 24)]
