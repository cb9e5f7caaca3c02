"""Bosch BME280 combined humidity / pressure / temperature sensor (datasheet rev. 1.x).

Register map: calibration 0x88..0xA1 and 0xE1..0xE7 (dig_T1..dig_H6, laid out as the
datasheet's table 16/section 4.2.2), chip id 0xD0 = 0x60, soft reset 0xE0 (write 0xB6),
ctrl_hum 0xF2, status 0xF3, ctrl_meas 0xF4, config 0xF5, data 0xF7..0xFE.

The raw ADC values the part reports are found by inverting the datasheet's compensation
formulas for the part's own calibration, so a driver that applies the datasheet formulas
reads back the environment's temperature, pressure and humidity (to the resolution the
oversampling and formulas allow).  Sleep / forced / normal modes, measurement time,
standby time, oversampling resolution, skipped measurements (0x80000 / 0x8000) and the IIR
filter behave as the datasheet describes.  It speaks I2C (0x76 with SDO low, 0x77 high)
and 4-wire SPI (modes 0 and 3; bit 7 of the control byte selects read).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from boards.parts.i2c_registers import RegisterI2CTarget
from hal.periph.scenario import Signal, value_of
from hal.periph.timebase import Clock

CHIP_ID = 0x60
RESET_WORD = 0xB6

REG_CALIB00 = 0x88
REG_CALIB26 = 0xE1
REG_ID = 0xD0
REG_RESET = 0xE0
REG_CTRL_HUM = 0xF2
REG_STATUS = 0xF3
REG_CTRL_MEAS = 0xF4
REG_CONFIG = 0xF5
REG_PRESS_MSB = 0xF7
REG_TEMP_MSB = 0xFA
REG_HUM_MSB = 0xFD

MODE_SLEEP = 0
MODE_NORMAL = 3

SKIPPED_20 = 0x80000
SKIPPED_16 = 0x8000

# t_sb[2:0] in config -> standby time in microseconds (datasheet table 27).
STANDBY_US = (500, 62_500, 125_000, 250_000, 500_000, 1_000_000, 10_000, 20_000)
OVERSAMPLING = (0, 1, 2, 4, 8, 16, 16, 16)  # osrs_x[2:0] -> samples (0: skipped)
FILTER_COEFF = (1, 2, 4, 8, 16, 16, 16, 16)  # filter[2:0] -> IIR coefficient (1: off)
STARTUP_US = 2_000  # NVM copy after power-on or soft reset (status.im_update)


@dataclass(frozen=True)
class Calibration:
    """Trimming parameters as programmed at the factory (one real part's values)."""

    T1: int = 27504
    T2: int = 26435
    T3: int = -1000
    P1: int = 36477
    P2: int = -10685
    P3: int = 3024
    P4: int = 2855
    P5: int = 140
    P6: int = -7
    P7: int = 15500
    P8: int = -14600
    P9: int = 6000
    H1: int = 75
    H2: int = 362
    H3: int = 0
    H4: int = 313
    H5: int = 50
    H6: int = 30

    def block1(self) -> bytes:
        """calib00..calib25 at 0x88..0xA1: T1..P9 little-endian, one unused byte, H1."""
        words = [(self.T1, False), (self.T2, True), (self.T3, True), (self.P1, False)]
        words += [(getattr(self, f"P{i}"), True) for i in range(2, 10)]
        out = bytearray()
        for v, signed in words:
            out += v.to_bytes(2, "little", signed=signed)
        out += bytes([0x00, self.H1 & 0xFF])
        return bytes(out)

    def block2(self) -> bytes:
        """calib26..calib32 at 0xE1..0xE7: H2, H3, H4 and H5 as 12-bit fields, H6."""
        h4 = self.H4 & 0xFFF
        h5 = self.H5 & 0xFFF
        return (self.H2.to_bytes(2, "little", signed=True)
                + bytes([self.H3 & 0xFF, h4 >> 4, ((h5 & 0x0F) << 4) | (h4 & 0x0F),
                         h5 >> 4, self.H6 & 0xFF]))


# -- the datasheet's floating-point compensation, used forwards and inverted --------

def t_fine_of(cal: Calibration, adc_t: float) -> float:
    """The datasheet's double-precision t_fine for a raw temperature."""
    a = adc_t / 16384.0 - cal.T1 / 1024.0
    return a * cal.T2 + (a / 8.0) ** 2 * cal.T3


def _pressure_terms(cal: Calibration, t_fine: float) -> tuple[float, float]:
    var1 = t_fine / 2.0 - 64000.0
    var2 = var1 * var1 * cal.P6 / 32768.0
    var2 = var2 + var1 * cal.P5 * 2.0
    var2 = var2 / 4.0 + cal.P4 * 65536.0
    var1 = (cal.P3 * var1 * var1 / 524288.0 + cal.P2 * var1) / 524288.0
    var1 = (1.0 + var1 / 32768.0) * cal.P1
    return var1, var2


def _humidity_terms(cal: Calibration, t_fine: float) -> tuple[float, float]:
    h = t_fine - 76800.0
    offset = cal.H4 * 64.0 + cal.H5 / 16384.0 * h
    gain = cal.H2 / 65536.0 * (1.0 + cal.H6 / 67108864.0 * h * (1.0 + cal.H3 / 67108864.0 * h))
    return offset, gain


def raw_temperature(cal: Calibration, celsius: float) -> float:
    """adc_T (unrounded) for which the datasheet formula gives `celsius`."""
    t_fine = celsius * 5120.0
    k = cal.T3 / 64.0
    # Solve k*a^2 + T2*a - t_fine = 0 for the root near t_fine/T2 (numerically stable form).
    disc = cal.T2 * cal.T2 + 4.0 * k * t_fine
    a = 2.0 * t_fine / (cal.T2 + math.copysign(math.sqrt(max(disc, 0.0)), cal.T2))
    return (a + cal.T1 / 1024.0) * 16384.0


def raw_pressure(cal: Calibration, t_fine: float, pascal: float) -> float:
    """adc_P (unrounded) for which the datasheet formula gives `pascal` at `t_fine`."""
    var1, var2 = _pressure_terms(cal, t_fine)
    qa = cal.P9 / 2.0 ** 35
    qb = 1.0 + cal.P8 / 2.0 ** 19
    qc = cal.P7 / 16.0 - pascal
    p = -2.0 * qc / (qb + math.sqrt(max(qb * qb - 4.0 * qa * qc, 0.0)))
    return 1048576.0 - var2 / 4096.0 - p * var1 / 6250.0


def raw_humidity(cal: Calibration, t_fine: float, percent: float) -> float:
    """adc_H (unrounded) for which the datasheet formula gives `percent` at `t_fine`."""
    k = cal.H1 / 524288.0
    h = min(max(percent, 0.0), 100.0)
    v = 2.0 * h / (1.0 + math.sqrt(max(1.0 - 4.0 * k * h, 0.0)))
    offset, gain = _humidity_terms(cal, t_fine)
    return v / gain + offset


def measurement_time_us(osrs_t: int, osrs_p: int, osrs_h: int) -> int:
    """Typical measurement time (datasheet appendix B): 1 + 2T + (2P + 0.5) + (2H + 0.5) ms."""
    t = 1.0 + 2.0 * OVERSAMPLING[osrs_t]
    if OVERSAMPLING[osrs_p]:
        t += 2.0 * OVERSAMPLING[osrs_p] + 0.5
    if OVERSAMPLING[osrs_h]:
        t += 2.0 * OVERSAMPLING[osrs_h] + 0.5
    return round(t * 1000)


class BME280(RegisterI2CTarget):
    """The sensor.  Set `temperature` (deg C), `pressure` (hPa) and `humidity` (%RH) to
    numbers or Signals over world time (e.g. a scenario Curve)."""

    I2C_ADDRESSES = (0x76, 0x77)
    SPI_MODES = (0, 3)
    write_autoincrement = False  # I2C writes are register/value pairs (datasheet 6.2.1)

    def __init__(self, clock: Clock, calibration: Calibration | None = None,
                 temperature: Signal = 21.5, pressure: Signal = 1013.25,
                 humidity: Signal = 45.0) -> None:
        super().__init__()
        self.clock = clock
        self.cal = calibration or Calibration()
        self._env: dict[str, Signal] = {
            "temperature": temperature, "pressure": pressure, "humidity": humidity}
        self._calib = bytearray(256)
        self._calib[REG_CALIB00:REG_CALIB00 + 26] = self.cal.block1()
        self._calib[REG_CALIB26:REG_CALIB26 + 7] = self.cal.block2()
        self.measurements = 0
        self._spi_state = "idle"
        self._spi_reg = 0
        self.reset()

    # -- the environment --------------------------------------------------------
    # Measurements are computed lazily: settle the ones already due before a quantity
    # changes, so they sample the value that held at their time.
    def _env_set(self, name: str, value: Signal) -> None:
        self._catch_up()
        self._env[name] = value

    temperature = property(lambda self: self._env["temperature"],
                           lambda self, v: self._env_set("temperature", v),
                           doc="Temperature in deg C: a number or a Signal over world time.")
    pressure = property(lambda self: self._env["pressure"],
                        lambda self, v: self._env_set("pressure", v),
                        doc="Pressure in hPa: a number or a Signal over world time.")
    humidity = property(lambda self: self._env["humidity"],
                        lambda self, v: self._env_set("humidity", v),
                        doc="Relative humidity in %: a number or a Signal over world time.")

    # -- state ------------------------------------------------------------------
    def reset(self) -> None:
        """Power-on / soft reset: registers to their reset values, sleep mode."""
        self.ctrl_hum = 0
        self.ctrl_meas = 0
        self.config = 0
        self._osrs_h = 0  # ctrl_hum as latched by the last ctrl_meas write
        self._adc = [SKIPPED_20, SKIPPED_20, SKIPPED_16]  # P, T, H
        self._filtered: list[float | None] = [None, None]  # IIR state for P, T
        self._busy_until = 0
        self._normal_start: int | None = None
        self._normal_done = 0  # normal-mode measurements already folded into _adc
        self._ready_at = self.clock.now_us() + STARTUP_US

    @property
    def mode(self) -> int:
        return self.ctrl_meas & 0x03

    def _osrs(self) -> tuple[int, int, int]:
        return (self.ctrl_meas >> 5) & 7, (self.ctrl_meas >> 2) & 7, self._osrs_h

    def _t_measure(self) -> int:
        t, p, h = self._osrs()
        return measurement_time_us(t, p, h)

    def _period(self) -> int:
        return self._t_measure() + STANDBY_US[(self.config >> 5) & 7]

    def _measure(self, t_us: int) -> None:
        """One measurement cycle ending at `t_us`: sample the environment into _adc."""
        osrs_t, osrs_p, osrs_h = self._osrs()
        coeff = FILTER_COEFF[(self.config >> 2) & 7]
        cal = self.cal
        exact_t = raw_temperature(cal, value_of(self.temperature, t_us))
        if osrs_t:
            adc_t = self._filter(1, exact_t, coeff, osrs_t)
            t_fine = t_fine_of(cal, adc_t)
            self._adc[1] = adc_t
        else:
            self._adc[1] = SKIPPED_20
            t_fine = t_fine_of(cal, exact_t)
        if osrs_p:
            exact_p = raw_pressure(cal, t_fine, value_of(self.pressure, t_us) * 100.0)
            self._adc[0] = self._filter(0, exact_p, coeff, osrs_p)
        else:
            self._adc[0] = SKIPPED_20
        if osrs_h:
            exact_h = raw_humidity(cal, t_fine, value_of(self.humidity, t_us))
            self._adc[2] = min(max(round(exact_h), 0), 0xFFFF)
        else:
            self._adc[2] = SKIPPED_16
        self.measurements += 1

    def _filter(self, i: int, exact: float, coeff: int, osrs: int) -> int:
        prev = self._filtered[i]
        value = exact if prev is None or coeff == 1 else (prev * (coeff - 1) + exact) / coeff
        self._filtered[i] = value
        if coeff == 1:
            # Without the filter the output has 16 + (osrs - 1) bits (datasheet 3.4.2/3.4.3).
            step = 1 << (5 - min(osrs, 5))
            code = round(value / step) * step
        else:
            code = round(value)
        return min(max(code, 0), 0xFFFFF)

    def _catch_up(self) -> None:
        now = self.clock.now_us()
        if self._busy_until and now >= self._busy_until and self.mode in (1, 2):
            self._measure(self._busy_until)
            self._busy_until = 0
            self.ctrl_meas &= ~0x03  # forced mode returns to sleep when done
        if self.mode == MODE_NORMAL and self._normal_start is not None:
            period, t_meas = self._period(), self._t_measure()
            if now >= self._normal_start + t_meas:
                done = (now - self._normal_start - t_meas) // period + 1
                # Older cycles only matter through the IIR filter, which forgets them fast.
                first = max(self._normal_done, done - 64)
                for k in range(first, done):
                    self._measure(self._normal_start + t_meas + k * period)
                self._normal_done = done

    def _measuring(self) -> bool:
        now = self.clock.now_us()
        if self.mode in (1, 2):
            return now < self._busy_until
        if self.mode == MODE_NORMAL and self._normal_start is not None:
            return (now - self._normal_start) % self._period() < self._t_measure()
        return False

    # -- registers --------------------------------------------------------------
    def read_reg(self, reg: int) -> int:
        self._catch_up()
        if reg == REG_ID:
            return CHIP_ID
        if reg == REG_CTRL_HUM:
            return self.ctrl_hum
        if reg == REG_STATUS:
            busy = self._measuring()
            nvm = self.clock.now_us() < self._ready_at
            return (0x08 if busy else 0) | (0x01 if nvm else 0)
        if reg == REG_CTRL_MEAS:
            return self.ctrl_meas
        if reg == REG_CONFIG:
            return self.config
        if REG_PRESS_MSB <= reg <= REG_PRESS_MSB + 5:
            value = self._adc[(reg - REG_PRESS_MSB) // 3]
            return (value >> 12, (value >> 4) & 0xFF, (value & 0x0F) << 4)[(reg - 0xF7) % 3]
        if reg == REG_HUM_MSB:
            return self._adc[2] >> 8
        if reg == REG_HUM_MSB + 1:
            return self._adc[2] & 0xFF
        return self._calib[reg]  # calibration, or 0x00 where nothing is mapped

    def write_reg(self, reg: int, value: int) -> None:
        self._catch_up()
        now = self.clock.now_us()
        if reg == REG_RESET:
            if value == RESET_WORD:
                self.reset()
        elif reg == REG_CTRL_HUM:
            self.ctrl_hum = value & 0x07
        elif reg == REG_CONFIG:
            if self.mode != MODE_NORMAL:  # "writes in normal mode may be ignored"
                self.config = value & 0xFD
        elif reg == REG_CTRL_MEAS:
            self.ctrl_meas = value
            self._osrs_h = self.ctrl_hum  # ctrl_hum takes effect with this write
            mode = value & 0x03
            if mode in (1, 2):
                self._busy_until = now + self._t_measure()
                self._normal_start = None
            elif mode == MODE_NORMAL:
                self._normal_start = now
                self._normal_done = 0
            else:
                self._normal_start = None
        # Data, id, status and calibration registers are read-only.

    def i2c_start(self, read: bool) -> bool:
        self._catch_up()  # burst reads see one consistent measurement (shadowing)
        return super().i2c_start(read)

    # -- SPI ----------------------------------------------------------------------
    def spi_select(self) -> None:
        self._catch_up()
        self._spi_state = "ctrl"

    def spi_exchange(self, mosi: int) -> int:
        if self._spi_state == "ctrl":
            self._spi_reg = mosi | 0x80  # only 7 address bits; bit 7 is the R/W flag
            self._spi_state = "read" if mosi & 0x80 else "write"
            return 0xFF
        if self._spi_state == "read":
            value = self.read_reg(self._spi_reg)
            self._spi_reg = (self._spi_reg + 1) & 0xFF
            return value
        if self._spi_state == "write":
            self.write_reg(self._spi_reg, mosi)
            self._spi_state = "ctrl"  # writes are control/data pairs
            return 0xFF
        return 0xFF

    def spi_deselect(self) -> None:
        self._spi_state = "idle"
