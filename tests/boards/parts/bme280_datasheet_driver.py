"""A BME280 driver written the way third-party drivers are: it knows only the datasheet.

It reads the calibration registers, starts measurements through ctrl_hum/ctrl_meas, reads
the burst data block and applies the datasheet's compensation formulas (section 4.2.3 and
8.1/8.2: the 32-bit integer temperature and humidity, 64-bit integer pressure, and the
double-precision versions).  Kept inside the test folder: it stands for user code.
"""

import struct


def _c_div(a, b):
    """C integer division (truncates towards zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


class DatasheetBME280:
    def __init__(self, read_regs, write_reg):
        self.read_regs = read_regs  # (reg, n) -> bytes
        self.write_reg = write_reg  # (reg, value) -> None
        b1 = read_regs(0x88, 26)
        (self.T1, self.T2, self.T3, self.P1, self.P2, self.P3, self.P4, self.P5, self.P6,
         self.P7, self.P8, self.P9) = struct.unpack("<HhhHhhhhhhhh", b1[:24])
        self.H1 = b1[25]
        b2 = read_regs(0xE1, 7)
        self.H2 = struct.unpack("<h", b2[0:2])[0]
        self.H3 = b2[2]
        h4 = (b2[3] << 4) | (b2[4] & 0x0F)
        h5 = (b2[5] << 4) | (b2[4] >> 4)
        self.H4 = h4 - 4096 if h4 & 0x800 else h4
        self.H5 = h5 - 4096 if h5 & 0x800 else h5
        self.H6 = b2[6] - 256 if b2[6] & 0x80 else b2[6]

    def chip_id(self):
        return self.read_regs(0xD0, 1)[0]

    def raw(self):
        d = self.read_regs(0xF7, 8)
        adc_p = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4)
        adc_t = (d[3] << 12) | (d[4] << 4) | (d[5] >> 4)
        adc_h = (d[6] << 8) | d[7]
        return adc_t, adc_p, adc_h

    # -- integer formulas (datasheet 4.2.3 / 8.2) --
    def compensate_int(self, adc_t, adc_p, adc_h):
        var1 = (((adc_t >> 3) - (self.T1 << 1)) * self.T2) >> 11
        var2 = (((((adc_t >> 4) - self.T1) * ((adc_t >> 4) - self.T1)) >> 12) * self.T3) >> 14
        t_fine = var1 + var2
        t = (t_fine * 5 + 128) >> 8  # 0.01 degC

        v1 = t_fine - 128000
        v2 = v1 * v1 * self.P6
        v2 = v2 + ((v1 * self.P5) << 17)
        v2 = v2 + (self.P4 << 35)
        v1 = ((v1 * v1 * self.P3) >> 8) + ((v1 * self.P2) << 12)
        v1 = (((1 << 47) + v1) * self.P1) >> 33
        if v1 == 0:
            p = 0
        else:
            p = 1048576 - adc_p
            p = _c_div(((p << 31) - v2) * 3125, v1)
            v1 = (self.P9 * (p >> 13) * (p >> 13)) >> 25
            v2 = (self.P8 * p) >> 19
            p = ((p + v1 + v2) >> 8) + (self.P7 << 4)  # Q24.8 Pa

        h = t_fine - 76800
        h = (((((adc_h << 14) - (self.H4 << 20) - (self.H5 * h)) + 16384) >> 15)
             * (((((((h * self.H6) >> 10) * (((h * self.H3) >> 11) + 32768)) >> 10)
                  + 2097152) * self.H2 + 8192) >> 14))
        h = h - (((((h >> 15) * (h >> 15)) >> 7) * self.H1) >> 4)
        h = min(max(h, 0), 419430400)
        return t / 100, p / 256 / 100, (h >> 12) / 1024  # degC, hPa, %RH

    # -- double formulas (datasheet 8.1) --
    def compensate_float(self, adc_t, adc_p, adc_h):
        var1 = (adc_t / 16384.0 - self.T1 / 1024.0) * self.T2
        var2 = ((adc_t / 131072.0 - self.T1 / 8192.0) ** 2) * self.T3
        t_fine = var1 + var2
        t = t_fine / 5120.0

        var1 = t_fine / 2.0 - 64000.0
        var2 = var1 * var1 * self.P6 / 32768.0
        var2 = var2 + var1 * self.P5 * 2.0
        var2 = var2 / 4.0 + self.P4 * 65536.0
        var1 = (self.P3 * var1 * var1 / 524288.0 + self.P2 * var1) / 524288.0
        var1 = (1.0 + var1 / 32768.0) * self.P1
        p = 1048576.0 - adc_p
        p = (p - var2 / 4096.0) * 6250.0 / var1
        var1 = self.P9 * p * p / 2147483648.0
        var2 = p * self.P8 / 32768.0
        p = p + (var1 + var2 + self.P7) / 16.0

        h = t_fine - 76800.0
        h = ((adc_h - (self.H4 * 64.0 + self.H5 / 16384.0 * h))
             * (self.H2 / 65536.0 * (1.0 + self.H6 / 67108864.0 * h
                                     * (1.0 + self.H3 / 67108864.0 * h))))
        h = h * (1.0 - self.H1 * h / 524288.0)
        h = min(max(h, 0.0), 100.0)
        return t, p / 100.0, h

    def forced_read(self, wait, osrs=(5, 5, 5)):
        """One forced-mode measurement: set oversampling, trigger, wait, read."""
        ot, op, oh = osrs
        self.write_reg(0xF2, oh)
        self.write_reg(0xF4, (ot << 5) | (op << 2) | 0x01)
        wait()
        return self.raw()
