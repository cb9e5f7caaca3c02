"""NXP MMA8653FC 3-axis 10-bit accelerometer, the BBC micro:bit v1's (I2C address 0x1D).

Registers (datasheet section 6): STATUS 0x00 (ZYXDR bit 3, X/Y/ZDR bits 0-2), OUT_X_MSB/LSB
0x01/0x02, OUT_Y 0x03/0x04, OUT_Z 0x05/0x06 (10-bit two's complement, left-justified: the
MSB register holds bits 9..2, bits 7..6 of the LSB register hold bits 1..0), SYSMOD 0x0B
(0 standby, 1 wake), WHO_AM_I 0x0D = 0x5A, XYZ_DATA_CFG 0x0E (FS[1:0]: 0 = +-2 g at 256
counts/g, 1 = +-4 g at 128, 2 = +-8 g at 64), CTRL_REG1 0x2A (ACTIVE bit 0, F_READ bit 1,
DR[2:0] bits 5..3: 800, 400, 200, 100, 50, 12.5, 6.25, 1.56 Hz), CTRL_REG2 0x2B (RST bit 6:
software reset), CTRL_REG3..5 0x2C..0x2E (interrupt polarity, enable, routing).

Behaviour modelled: configuration registers take writes only in standby (as the datasheet
requires for XYZ_DATA_CFG and CTRL_REG1's DR); in active mode the outputs update at the
data rate, the first sample one period after activation, and hold in standby; reading
OUT_X_MSB..OUT_Z_LSB clears the matching data-ready bits; the address pointer
auto-increments and wraps from 0x06 to 0x00 (from 0x05 with F_READ, which skips the LSB
registers, as a fast 8-bit read); the data-ready interrupt (CTRL_REG4 bit 0) drives INT1
(active low, push-pull by default) until the data are read.
"""

from __future__ import annotations

from boards.parts.i2c_registers import RegisterI2CTarget
from hal.periph.pin import Pin
from hal.periph.scenario import Signal, value_of
from hal.periph.timebase import Clock

REG_STATUS, REG_OUT_X_MSB, REG_OUT_Z_LSB = 0x00, 0x01, 0x06
REG_SYSMOD, REG_WHO_AM_I, REG_XYZ_DATA_CFG = 0x0B, 0x0D, 0x0E
REG_CTRL1, REG_CTRL2, REG_CTRL3, REG_CTRL4, REG_CTRL5 = 0x2A, 0x2B, 0x2C, 0x2D, 0x2E
WHO_AM_I = 0x5A
DATA_RATES_HZ = (800.0, 400.0, 200.0, 100.0, 50.0, 12.5, 6.25, 1.563)
COUNTS_PER_G = {0: 256, 1: 128, 2: 64}
_CONFIG = {REG_XYZ_DATA_CFG, REG_CTRL1, REG_CTRL3, REG_CTRL4, REG_CTRL5}
_RESET_VALUES = {REG_WHO_AM_I: WHO_AM_I}


def counts(g: float, full_scale: int) -> int:
    """Acceleration in g to the 10-bit output code at full-scale setting `full_scale`."""
    return max(-512, min(511, round(g * COUNTS_PER_G.get(full_scale, 256))))


class MMA8653(RegisterI2CTarget):
    """The accelerometer.  `x`, `y`, `z` are the accelerations along the chip's own axes,
    in g (numbers or Signals); z = +1 g when the chip lies face up.  `interrupt` is INT1."""

    I2C_ADDRESSES = (0x1D,)

    def __init__(self, clock: Clock, x: Signal = 0.0, y: Signal = 0.0, z: Signal = 1.0,
                 interrupt: Pin | None = None) -> None:
        super().__init__()
        self.clock = clock
        self.x, self.y, self.z = x, y, z
        self.interrupt = interrupt
        self._reset()

    def _reset(self) -> None:
        self.regs = bytearray(0x32)
        for reg, value in _RESET_VALUES.items():
            self.regs[reg] = value
        self._active_since: int | None = None
        self._sample_index = 0
        if self.interrupt is not None:
            self.interrupt.drive(self, None)

    @property
    def active(self) -> bool:
        return bool(self.regs[REG_CTRL1] & 0x01)

    def next_reg(self, reg: int) -> int:
        fast = self.regs[REG_CTRL1] & 0x02
        if fast and REG_OUT_X_MSB <= reg <= 0x05:
            return 0x00 if reg == 0x05 else reg + 2  # the MSBs only
        if reg == REG_OUT_Z_LSB:
            return REG_STATUS
        return (reg + 1) % len(self.regs)

    # ## Sampling

    def _sample(self) -> None:
        """Take the latest sample due on the data-rate grid (first one period after
        activation); outputs hold between samples and in standby."""
        if not self.active or self._active_since is None:
            return
        now = self.clock.now_us()
        period = round(1_000_000 / DATA_RATES_HZ[(self.regs[REG_CTRL1] >> 3) & 7])
        k = (now - self._active_since) // period
        if k < 1 or k == self._sample_index:
            return
        self._sample_index = k
        t = self._active_since + k * period
        fs = self.regs[REG_XYZ_DATA_CFG] & 3
        for i, signal in enumerate((self.x, self.y, self.z)):
            code = counts(value_of(signal, t), fs) & 0x3FF
            self.regs[REG_OUT_X_MSB + 2 * i] = code >> 2
            self.regs[REG_OUT_X_MSB + 2 * i + 1] = (code & 3) << 6
        self.regs[REG_STATUS] = 0x0F  # ZYXDR and each axis ready
        if self.regs[REG_CTRL4] & 0x01:
            self._drive_int(True)

    def _drive_int(self, on: bool) -> None:
        if self.interrupt is None:
            return
        ctrl3 = self.regs[REG_CTRL3]
        active_high, open_drain = ctrl3 & 0x02, ctrl3 & 0x01
        level = (1 if active_high else 0) if on else (0 if active_high else 1)
        if open_drain and level == 1:
            self.interrupt.drive(self, None)
        else:
            self.interrupt.drive(self, level)

    # ## Registers

    def read_reg(self, reg: int) -> int:
        if reg >= len(self.regs):
            return 0
        self._sample()
        value = self.regs[reg]
        if REG_OUT_X_MSB <= reg <= REG_OUT_Z_LSB:
            axis = (reg - 1) // 2
            self.regs[REG_STATUS] &= ~(1 << axis) & 0xFF
            if not self.regs[REG_STATUS] & 0x07:
                self.regs[REG_STATUS] = 0
                self._drive_int(False)
        return value

    def write_reg(self, reg: int, value: int) -> None:
        if reg == REG_CTRL2:
            if value & 0x40:  # RST: back to the power-on state
                self._reset()
            else:
                self.regs[REG_CTRL2] = value
            return
        if reg not in _CONFIG:
            return  # read-only (outputs, STATUS, WHO_AM_I...)
        if reg == REG_CTRL1:
            was = self.active
            if was and value & 0x01:
                value = (value & ~0x38) | (self.regs[REG_CTRL1] & 0x38)  # DR: standby only
            self.regs[REG_CTRL1] = value
            if self.active and not was:
                self._active_since = self.clock.now_us()
                self._sample_index = 0
            self.regs[REG_SYSMOD] = 1 if self.active else 0
        elif not self.active:
            self.regs[reg] = value  # the other configuration registers: standby only
