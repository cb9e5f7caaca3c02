"""pyb.Timer (prescaler/period from freq, overflow callbacks as hard IRQs, counter) and
pyb.I2C (send/recv/mem_read/mem_write/is_ready/scan, EIO on a NACK) on the pyboard."""

from __future__ import annotations

import pytest

from drivers.pyb.timer import split_frequency
from tests.drivers.support import board_hardware, run

BME = {"part": "bme280", "name": "bme", "bus": {"type": "I2C", "id": 1}, "addr": 0x76}
EEPROM = {"part": "24lc256", "name": "eeprom", "bus": {"type": "I2C", "id": 2}, "addr": 0x50}


@pytest.mark.parametrize("source,freq,mask,expected", [
    (84_000_000, 1000, 0xFFFF, (4, 16_799)),  # 84,000 ticks: one factor 5 moves out
    (84_000_000, 1, 0xFFFF, (3124, 26_879)),  # 5**5 into the prescaler
    (84_000_000, 1, 0xFFFFFFFF, (0, 83_999_999)),  # a 32-bit timer (2, 5): all in period
    (168_000_000, 2, 0xFFFF, (3124, 26_879)),
    (84_000_000, 7, 0xFFFF, (624, 19_199)),  # 12,000,000 ticks: four factors of 5
])
def test_frequency_split_into_prescaler_and_period(source, freq, mask, expected):
    prescaler, period = split_frequency(source, freq, mask)
    assert (prescaler, period) == expected
    assert source / ((prescaler + 1) * (period + 1)) == freq


def test_timer_callback_counts_overflows_in_world_time():
    out = run("import pyb\nn = [0]\ndef tick(t):\n    n[0] += 1\n"
              "t = pyb.Timer(4, freq=100)\n"
              "print(t.freq(), t.prescaler(), t.period(), t.source_freq())\n"
              "t.callback(tick)\npyb.delay(1005)\nprint(n[0])\nt.callback(None)\n"
              "pyb.delay(100)\nprint(n[0])\nprint(t)\nt.deinit()\nprint(t)\n",
              board_hardware())
    assert out.splitlines() == [
        "100 24 33599 84000000", "100", "100",
        "Timer(4, freq=100, prescaler=24, period=33599, mode=UP, div=1)", "Timer(4)"]


def test_timer_errors_and_counter():
    out = run("import pyb\nt = pyb.Timer(2, prescaler=83, period=999)\n"
              "print(t.freq())\npyb.udelay(250)\nprint(t.counter())\n"
              "try:\n    pyb.Timer(15)\nexcept ValueError as e:\n    print(e)\n"
              "try:\n    pyb.Timer(2).init()\nexcept TypeError as e:\n    print(e)\n"
              "pyb.Timer(2, freq=-1)\n", board_hardware())
    assert out.splitlines()[:4] == ["1000", "250", "Timer(15) doesn't exist",
                                    "must specify either freq, or prescaler and period"]
    assert out.splitlines()[-1] == "ValueError: must have positive freq"


def test_i2c_send_recv_and_memory_access():
    hw = board_hardware(parts=[BME, EEPROM])
    out = run("from pyb import I2C\ni2c = I2C(1, I2C.CONTROLLER, baudrate=100000)\nprint(i2c)\n"
              "print(i2c.scan(), i2c.is_ready(0x76), i2c.is_ready(0x40))\n"
              "print(hex(i2c.mem_read(1, 0x76, 0xD0)[0]))\n"
              "e = I2C(2, I2C.CONTROLLER)\ne.mem_write(b'mote', 0x50, 0x0100, addr_size=16)\n"
              "pyb_delay = __import__('pyb').delay\npyb_delay(10)\n"
              "buf = bytearray(4)\nprint(e.mem_read(buf, 0x50, 0x0100, addr_size=16))\n"
              "e.send(b'\\x01\\x00', addr=0x50)\nprint(e.recv(2, addr=0x50))\n"
              "try:\n    i2c.send(1, addr=0x40)\nexcept OSError as exc:\n    print(exc)\n", hw)
    lines = out.splitlines()
    assert lines[0] == "I2C(1, I2C.CONTROLLER, baudrate=100000)"
    assert lines[1] == "[118] True False"
    assert lines[2] == "0x60"
    assert lines[3] == "bytearray(b'mote')"
    assert lines[4] == "b'mo'"
    assert lines[5] == "[Errno 5] EIO"
