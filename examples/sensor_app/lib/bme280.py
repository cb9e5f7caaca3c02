# BME280 temperature / pressure / humidity sensor driver for MicroPython, over machine.I2C.
#
# Written from the Bosch BME280 datasheet only: the calibration words (section 4.2.2),
# forced-mode measurements (3.3.3) and the integer compensation formulas (4.2.3 / 8.2):
# temperature in 0.01 degC, pressure in Pa as Q24.8 and humidity in %RH as Q22.10.
import struct
import time

from micropython import const

_REG_CALIB00 = const(0x88)
_REG_CALIB26 = const(0xE1)
_REG_ID = const(0xD0)
_REG_RESET = const(0xE0)
_REG_CTRL_HUM = const(0xF2)
_REG_STATUS = const(0xF3)
_REG_CTRL_MEAS = const(0xF4)
_REG_DATA = const(0xF7)
CHIP_ID = const(0x60)


class BME280:
    def __init__(self, i2c, address=0x76, oversample=1):
        self.i2c = i2c
        self.address = address
        self.oversample = oversample
        if self._read(_REG_ID, 1)[0] != CHIP_ID:
            raise OSError("no BME280 at 0x%02x" % address)
        c = self._read(_REG_CALIB00, 26)
        (self.T1, self.T2, self.T3, self.P1, self.P2, self.P3, self.P4, self.P5, self.P6,
         self.P7, self.P8, self.P9) = struct.unpack("<HhhHhhhhhhhh", c[:24])
        self.H1 = c[25]
        h = self._read(_REG_CALIB26, 7)
        self.H2 = struct.unpack("<h", h[0:2])[0]
        self.H3 = h[2]
        h4 = (h[3] << 4) | (h[4] & 0x0F)
        h5 = (h[5] << 4) | (h[4] >> 4)
        self.H4 = h4 - 4096 if h4 & 0x800 else h4
        self.H5 = h5 - 4096 if h5 & 0x800 else h5
        self.H6 = h[6] - 256 if h[6] & 0x80 else h[6]

    def _read(self, reg, n):
        return self.i2c.readfrom_mem(self.address, reg, n)

    def _write(self, reg, value):
        self.i2c.writeto_mem(self.address, reg, bytes([value]))

    # Measurement: start a forced conversion, wait while 'measuring', read the burst.
    def start(self):
        osrs = {1: 1, 2: 2, 4: 3, 8: 4, 16: 5}[self.oversample]
        self._write(_REG_CTRL_HUM, osrs)
        self._write(_REG_CTRL_MEAS, (osrs << 5) | (osrs << 2) | 1)

    def busy(self):
        return bool(self._read(_REG_STATUS, 1)[0] & 0x08)

    def raw(self):
        d = self._read(_REG_DATA, 8)
        adc_p = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4)
        adc_t = (d[3] << 12) | (d[4] << 4) | (d[5] >> 4)
        adc_h = (d[6] << 8) | d[7]
        return adc_t, adc_p, adc_h

    def read_compensated_data(self):
        """(temperature in 0.01 degC, pressure in Pa * 256, humidity in %RH * 1024)."""
        adc_t, adc_p, adc_h = self.raw()
        var1 = (((adc_t >> 3) - (self.T1 << 1)) * self.T2) >> 11
        var2 = (((((adc_t >> 4) - self.T1) * ((adc_t >> 4) - self.T1)) >> 12) * self.T3) >> 14
        t_fine = var1 + var2
        temperature = (t_fine * 5 + 128) >> 8

        var1 = t_fine - 128000
        var2 = var1 * var1 * self.P6
        var2 = var2 + ((var1 * self.P5) << 17)
        var2 = var2 + (self.P4 << 35)
        var1 = ((var1 * var1 * self.P3) >> 8) + ((var1 * self.P2) << 12)
        var1 = (((1 << 47) + var1) * self.P1) >> 33
        if var1 == 0:
            pressure = 0
        else:
            p = 1048576 - adc_p
            p = (((p << 31) - var2) * 3125) // var1
            var1 = (self.P9 * (p >> 13) * (p >> 13)) >> 25
            var2 = (self.P8 * p) >> 19
            pressure = ((p + var1 + var2) >> 8) + (self.P7 << 4)

        h = t_fine - 76800
        h = (((((adc_h << 14) - (self.H4 << 20) - (self.H5 * h)) + 16384) >> 15)
             * (((((((h * self.H6) >> 10) * (((h * self.H3) >> 11) + 32768)) >> 10)
                  + 2097152) * self.H2 + 8192) >> 14))
        h = h - (((((h >> 15) * (h >> 15)) >> 7) * self.H1) >> 4)
        h = 0 if h < 0 else h
        h = 419430400 if h > 419430400 else h
        return temperature, pressure, h >> 12

    def read(self):
        """A forced measurement, waiting for it: (degC, hPa, %RH) as floats."""
        self.start()
        time.sleep_ms(10)
        while self.busy():
            time.sleep_ms(1)
        return self.values()

    def values(self):
        t, p, h = self.read_compensated_data()
        return t / 100, p / 25600, h / 1024
