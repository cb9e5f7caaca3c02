"""microbit.accelerometer: the micro:bit's MMA8653 over its internal I2C bus.

The driver talks to the part model (boards/parts/mma8653.py) as the micro:bit runtime
does: it puts the chip in standby, selects the +-2 g range and a 50 Hz data rate, starts
it, and reads the axes as milli-g.  Like the runtime it keeps only each axis' MSB (the
LSB bits are noise to most users) and scales it to 1024 per g, so a board lying still
reads multiples of 16 and face up reads z = -1024: the chip is on the underside of the
board, so the board's z axis is the chip's reversed.

Gestures follow the runtime's classification of the latest sample, with a tolerance of
200 mg: freefall below 400 mg of total force, "3g"/"6g"/"8g" above those forces, then the
first of left/right (x), down/up (y) and face up/face down (z) within the tolerance of
+-1 g, else no gesture ("").  Each reading also records a gesture change into the
history that was_gesture() and get_gestures() consume.
"""

from __future__ import annotations

from typing import Any

from drivers.hardware import sleep_until
from hal.periph.i2c import Read, Write

ADDR = 0x1D
REG_OUT_X_MSB, REG_WHO_AM_I, REG_XYZ_DATA_CFG, REG_CTRL1 = 0x01, 0x0D, 0x0E, 0x2A
_RATE_50HZ = 4 << 3
_RANGE_G = 2
_TILT_TOLERANCE = 200
_FREEFALL_MG = 400
_FORCES = ((8000, "8g"), (6000, "6g"), (3000, "3g"))
GESTURES = ("up", "down", "left", "right", "face up", "face down", "freefall", "3g", "6g",
            "8g", "shake")


def _signed8(v: int) -> int:
    return v - 256 if v & 0x80 else v


class MicroBitAccelerometer:
    """microbit.accelerometer: get_x/y/z, get_values, current_gesture, is_gesture,
    was_gesture, get_gestures."""

    __mp_name__ = "MicroBitAccelerometer"
    _hw: Any

    def __init__(self) -> None:
        hw = self._hw
        spec = next(p for p in hw.board["parts"] if p.get("name") == "accelerometer")
        self._bus = hw.part_buses["accelerometer"]
        self._addr = int(spec.get("address", ADDR))
        self._started = False
        self._gesture = ""
        self._history: list[str] = []

    # ## The bus

    def _write(self, reg: int, value: int) -> None:
        res = self._bus.transfer(self._addr, [Write(bytes([reg, value]))])
        if not res.addr_ack:
            raise OSError(19)  # ENODEV: the accelerometer does not answer

    def _start(self) -> None:
        self._write(REG_CTRL1, 0x00)  # standby, so the range and rate may change
        self._write(REG_XYZ_DATA_CFG, 0x00)  # +-2 g
        self._write(REG_CTRL1, _RATE_50HZ | 0x01)
        self._started = True
        hw = self._hw
        sleep_until(hw, hw.now_us() + 20_000)  # the first sample, one period later

    def get_values(self):
        """(x, y, z) in milli-g, on the board's axes."""
        if not self._started:
            self._start()
        res = self._bus.transfer(self._addr, [Write(bytes([REG_OUT_X_MSB])), Read(6)])
        if not res.addr_ack:
            raise OSError(19)
        d = res.data
        scale = 8 * _RANGE_G
        x, y, z = (_signed8(d[i]) * scale for i in (0, 2, 4))
        values = (x, y, -z)  # the chip faces the board's back
        self._note(self._classify(*values))
        return values

    def get_x(self):
        return self.get_values()[0]

    def get_y(self):
        return self.get_values()[1]

    def get_z(self):
        return self.get_values()[2]

    # ## Gestures

    @staticmethod
    def _classify(x: int, y: int, z: int) -> str:
        force_sq = x * x + y * y + z * z
        if force_sq < _FREEFALL_MG ** 2:
            return "freefall"
        for mg, name in _FORCES:
            if force_sq > mg * mg:
                return name
        edge = 1000 - _TILT_TOLERANCE
        for value, low, high in ((x, "left", "right"), (y, "down", "up"),
                                 (z, "face up", "face down")):
            if value < -edge:
                return low
            if value > edge:
                return high
        return ""

    def _note(self, gesture: str) -> None:
        if gesture != self._gesture:
            self._gesture = gesture
            if gesture:
                self._history = (self._history + [gesture])[-8:]

    @staticmethod
    def _check(name: Any) -> str:
        if name not in GESTURES:
            raise ValueError("invalid gesture")
        return name

    def current_gesture(self):
        self.get_values()
        return self._gesture

    def is_gesture(self, name):
        return self.current_gesture() == self._check(name)

    def was_gesture(self, name):
        name = self._check(name)
        self.get_values()
        if name in self._history:
            self._history = [g for g in self._history if g != name]
            return True
        return False

    def get_gestures(self):
        self.get_values()
        out, self._history = tuple(self._history), []
        return out
