"""An SSD1306 driver as user code writes it: MicroPython's ssd1306 command sequence.

It sends what micropython-lib's driver sends (one [0x80, byte] I2C write per command or
parameter, the buffer as [0x40] + data; over SPI, D/C low for commands and high for data),
over a MONO_VLSB buffer.  Kept in the test folder: it stands for third-party code.
"""

from hal.periph.i2c import Write


class UserSSD1306:
    def __init__(self, width, height, write_cmd, write_data, external_vcc=False):
        self.width, self.height = width, height
        self.pages = height // 8
        self.buffer = bytearray(self.pages * width)
        self.write_cmd, self.write_data = write_cmd, write_data
        self.external_vcc = external_vcc
        for cmd in (
            0xAE, 0x20, 0x00, 0x40, 0xA1, 0xA8, height - 1, 0xC8, 0xD3, 0x00,
            0xDA, 0x02 if width > 2 * height else 0x12, 0xD5, 0x80,
            0xD9, 0x22 if external_vcc else 0xF1, 0xDB, 0x30, 0x81, 0xFF, 0xA4, 0xA6,
            0xAD, 0x30, 0x8D, 0x10 if external_vcc else 0x14, 0xAF,
        ):
            self.write_cmd(cmd)
        self.show()

    def pixel(self, x, y, c=1):
        i = (y >> 3) * self.width + x
        if c:
            self.buffer[i] |= 1 << (y & 7)
        else:
            self.buffer[i] &= ~(1 << (y & 7))

    def fill_rect(self, x, y, w, h, c=1):
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self.pixel(xx, yy, c)

    def show(self):
        x0, x1 = 0, self.width - 1
        if self.width != 128:
            x0 += (128 - self.width) // 2
            x1 += (128 - self.width) // 2
        for c in (0x21, x0, x1, 0x22, 0, self.pages - 1):
            self.write_cmd(c)
        self.write_data(self.buffer)

    def invert(self, on):
        self.write_cmd(0xA6 | (on & 1))

    def rotate(self, on):
        self.write_cmd(0xC0 | ((on & 1) << 3))
        self.write_cmd(0xA0 | (on & 1))

    def poweroff(self):
        self.write_cmd(0xAE)

    def contrast(self, v):
        self.write_cmd(0x81)
        self.write_cmd(v)


def over_i2c(bus, addr=0x3C):
    def write_cmd(cmd):
        assert bus.transfer(addr, [Write(bytes([0x80, cmd]))]).ack_count == 2

    def write_data(buf):  # writevto([b"\x40", buf]): one write, two buffers
        assert bus.transfer(addr, [Write(b"\x40" + bytes(buf))]).addr_ack

    return write_cmd, write_data


def over_spi(bus, dc, cs):
    def send(level, data):
        bus.configure(baudrate=10 * 1024 * 1024, polarity=0, phase=0)
        cs.set_output(1)
        dc.set_output(level)
        cs.set_output(0)
        bus.transfer(bytes(data))
        cs.set_output(1)

    return (lambda cmd: send(0, [cmd])), (lambda buf: send(1, buf))
