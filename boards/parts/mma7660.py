"""Freescale MMA7660FC 3-axis orientation/motion sensor, the pyboard's accelerometer.

Registers (datasheet table 11): XOUT/YOUT/ZOUT 0x00..0x02 (6-bit two's complement, 21.33
counts per g over +-1.5 g, bit 6 = Alert: the value was being updated, read again), TILT
0x03 (BaFro[1:0], PoLa[4:2], Tap bit 5, Alert bit 6, Shake bit 7), SRST 0x04, SPCNT 0x05,
INTSU 0x06, MODE 0x07 (bit 0 active), SR 0x08 (AMSR[2:0] samples/s), PDET 0x09, PD 0x0A.
Registers 0x05..0x0A other than MODE can be written only in standby mode; output registers
update at the sample rate in active mode (the first sample one period after activation)
and hold in standby.  I2C address 0x4C.  With a `power` pin (the pyboard switches AVDD from
PB5) the part NACKs while unpowered and powers up with its reset values.
"""

from __future__ import annotations

from boards.parts.i2c_registers import RegisterI2CTarget
from hal.periph.pin import Pin
from hal.periph.scenario import Signal, value_of
from hal.periph.timebase import Clock

REG_XOUT, REG_YOUT, REG_ZOUT, REG_TILT, REG_SRST = 0, 1, 2, 3, 4
REG_SPCNT, REG_INTSU, REG_MODE, REG_SR, REG_PDET, REG_PD = 5, 6, 7, 8, 9, 10
COUNTS_PER_G = 21.33
ALERT = 0x40
SAMPLE_RATES = (120, 64, 32, 16, 8, 4, 2, 1)  # AMSR[2:0] -> samples per second

BAFRO_UNKNOWN, BAFRO_FRONT, BAFRO_BACK = 0, 1, 2
POLA_UNKNOWN, POLA_LEFT, POLA_RIGHT, POLA_DOWN, POLA_UP = 0, 1, 2, 5, 6


def counts(g: float) -> int:
    """Acceleration in g to the 6-bit output code (saturating at -32..31)."""
    return max(-32, min(31, round(g * COUNTS_PER_G)))


class MMA7660(RegisterI2CTarget):
    """The accelerometer.  `x`, `y`, `z` are accelerations in g (numbers or Signals); the
    board lies flat face-up by default (z = +1 g).  `interrupt` is the INT pin, if wired
    (open-drain, active low by default: IPP=0, IAH=0)."""

    I2C_ADDRESSES = (0x4C,)

    def __init__(self, clock: Clock, x: Signal = 0.0, y: Signal = 0.0, z: Signal = 1.0,
                 interrupt: Pin | None = None, power: Pin | None = None) -> None:
        super().__init__()
        self.clock = clock
        self.x, self.y, self.z = x, y, z
        self.interrupt = interrupt
        self.power = power  # AVDD switched by an MCU pin (the pyboard's PB5), if given
        self.alert_reads = 0  # reads to return with the Alert bit (scenario hook)
        self._power_on_reset()
        if power is not None:
            power.add_edge_listener(lambda pin, level, t: self._power_on_reset())

    def _power_on_reset(self) -> None:
        self.regs = bytearray(11)
        self._active_since: int | None = None
        self._sample_index = 0
        self._events = 0  # pending TILT event bits (tap 0x20, shake 0x80)
        self._last_tilt = 0

    @property
    def powered(self) -> bool:
        return self.power is None or self.power.level == 1

    def i2c_start(self, read: bool) -> bool:
        return self.powered and super().i2c_start(read)

    def next_reg(self, reg: int) -> int:
        return 0 if reg >= REG_PD else reg + 1  # the address counter wraps after 0x0A

    @property
    def active(self) -> bool:
        return bool(self.regs[REG_MODE] & 0x01)

    def _sample(self) -> None:
        """Fold in the latest sample on the grid that starts one period after activation
        (registers read 0 until then, as pyb.Accel's docs warn)."""
        if not self.active or self._active_since is None:
            return
        now = self.clock.now_us()
        period = 1_000_000 // SAMPLE_RATES[self.regs[REG_SR] & 7]
        k = (now - self._active_since) // period
        if k < 1 or (k == self._sample_index and not self._events):
            return
        self._sample_index = k
        t = self._active_since + k * period
        cx, cy, cz = (counts(value_of(s, t)) for s in (self.x, self.y, self.z))
        for reg, c in ((REG_XOUT, cx), (REG_YOUT, cy), (REG_ZOUT, cz)):
            self.regs[reg] = c & 0x3F
        tilt = self._orientation(cx, cy, cz) | self._events
        if tilt & 0x1F != self._last_tilt & 0x1F or self._events:
            self._raise_interrupt(tilt)
        self._last_tilt = tilt
        self.regs[REG_TILT] = tilt

    @staticmethod
    def _orientation(cx: int, cy: int, cz: int) -> int:
        """BaFro from the sign of Z, PoLa from the dominant horizontal axis (the datasheet
        classifies by tilt angle; this uses the same sign conventions with a dead band)."""
        bafro = BAFRO_FRONT if cz > 5 else BAFRO_BACK if cz < -5 else BAFRO_UNKNOWN
        pola = POLA_UNKNOWN
        if max(abs(cx), abs(cy)) > 5:
            if abs(cx) >= abs(cy):
                pola = POLA_LEFT if cx > 0 else POLA_RIGHT
            else:
                pola = POLA_DOWN if cy > 0 else POLA_UP
        return bafro | (pola << 2)

    def _raise_interrupt(self, tilt: int) -> None:
        intsu = self.regs[REG_INTSU]
        want = ((intsu & 0x01 and tilt & 0x03 != self._last_tilt & 0x03)
                or (intsu & 0x02 and tilt & 0x1C != self._last_tilt & 0x1C)
                or (intsu & 0x04 and tilt & 0x20)
                or (intsu & 0xE0 and tilt & 0x80))
        if want and self.interrupt is not None:
            self._assert_int(True)

    def _assert_int(self, on: bool) -> None:
        mode = self.regs[REG_MODE]
        push_pull, active_high = mode & 0x40, mode & 0x80
        level = (1 if active_high else 0) if on else (0 if active_high else 1)
        if not on and not push_pull:
            self.interrupt.drive(self, None)  # open drain released
        elif on and not push_pull and level == 1:
            self.interrupt.drive(self, None)
        else:
            self.interrupt.drive(self, level)

    # -- scenario inputs ---------------------------------------------------------
    def tap(self) -> None:
        """A tap is detected: TILT.Tap set until TILT is read."""
        self._events |= 0x20

    def shake(self) -> None:
        """A shake is detected: TILT.Shake set until TILT is read."""
        self._events |= 0x80

    # -- registers --------------------------------------------------------------------
    def read_reg(self, reg: int) -> int:
        if reg > REG_PD:
            return 0
        self._sample()
        value = self.regs[reg]
        if reg <= REG_TILT and self.alert_reads > 0:
            self.alert_reads -= 1
            return value | ALERT
        if reg == REG_TILT:
            self._events = 0
            self.regs[REG_TILT] &= 0x5F
            if self.interrupt is not None:
                self._assert_int(False)  # reading TILT clears the interrupt
        return value

    def write_reg(self, reg: int, value: int) -> None:
        if reg == REG_MODE:
            was = self.active
            self.regs[REG_MODE] = value
            if self.active and not was:
                self._active_since = self.clock.now_us()
                self._sample_index = 0
            self.regs[REG_SRST] = 0x01 if self.active else 0x00  # AMSRS
        elif REG_SPCNT <= reg <= REG_PD and not self.active:
            self.regs[reg] = value  # configuration registers: standby mode only
