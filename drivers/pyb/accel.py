"""pyb.Accel(): the pyboard's MMA7660 accelerometer, driven over I2C1 like the firmware.

Creating it powers the part (the MMA_AVDD pin), waits for it to start, puts it in active
mode and reads its 6-bit signed axes from the part model's registers.
"""

from __future__ import annotations

from typing import Any

from drivers.binding import to_int
from drivers.hardware import sleep_until
from hal.periph.i2c import Read, Write
from hal.periph.pin import Mode

ADDR = 0x4C
REG_X, REG_Y, REG_Z, REG_TILT, REG_MODE = 0, 1, 2, 3, 7


def _signed6(v: int) -> int:
    v &= 0x3F
    return v - 64 if v & 0x20 else v


class Accel:
    """pyb.Accel(): x(), y(), z(), tilt(), filtered_xyz(), read(reg), write(reg, value)."""

    _hw: Any
    _port: Any

    def __init__(self):
        hw = self._hw
        self._bus = hw.i2c_bus(1)
        power = hw.board_pins.get("MMA_AVDD")
        if power is not None:
            hw.pad(power).configure(Mode.OUT, value=1)
        sleep_until(hw, hw.now_us() + 30_000)  # the part's power-up time
        self.write(REG_MODE, 0x01)
        sleep_until(hw, hw.now_us() + 30_000)  # the first samples
        self._history: list[tuple[int, int, int]] = []

    def read(self, reg):
        res = self._bus.transfer(ADDR, [Write(bytes([to_int(reg)])), Read(1)])
        if not res.addr_ack:
            raise OSError(5)  # the hardware I2C driver reports EIO
        return res.data[0]

    def write(self, reg, val):
        res = self._bus.transfer(ADDR, [Write(bytes([to_int(reg), to_int(val) & 0xFF]))])
        if not res.addr_ack:
            raise OSError(5)

    def x(self):
        return _signed6(self.read(REG_X))

    def y(self):
        return _signed6(self.read(REG_Y))

    def z(self):
        return _signed6(self.read(REG_Z))

    def tilt(self):
        return self.read(REG_TILT)

    def filtered_xyz(self):
        """Sum of the last 4 samples per axis (the port's simple filter)."""
        sample = (self.x(), self.y(), self.z())
        self._history = (self._history + [sample])[-4:]
        while len(self._history) < 4:
            self._history.insert(0, sample)
        return tuple(sum(s[i] for s in self._history) for i in range(3))
