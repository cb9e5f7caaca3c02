# SSD1306 OLED driver for MicroPython: a framebuf.FrameBuffer whose show() sends the
# buffer to the panel over I2C.  Commands and their order follow the SSD1306 datasheet's
# power-up sequence (section 8.9 and the application note's initialisation flow).
import framebuf
from micropython import const

_DISPLAY_OFF = const(0xAE)
_DISPLAY_ON = const(0xAF)
_MEMORY_MODE = const(0x20)
_COLUMN_ADDR = const(0x21)
_PAGE_ADDR = const(0x22)
_START_LINE = const(0x40)
_CONTRAST = const(0x81)
_CHARGE_PUMP = const(0x8D)
_SEG_REMAP = const(0xA1)
_RESUME_RAM = const(0xA4)
_NORMAL = const(0xA6)
_INVERT = const(0xA7)
_MUX_RATIO = const(0xA8)
_COM_SCAN_DEC = const(0xC8)
_DISPLAY_OFFSET = const(0xD3)
_CLOCK_DIV = const(0xD5)
_PRECHARGE = const(0xD9)
_COM_PINS = const(0xDA)
_VCOM_DESELECT = const(0xDB)


class SSD1306_I2C(framebuf.FrameBuffer):
    def __init__(self, width, height, i2c, address=0x3C, external_vcc=False):
        self.width = width
        self.height = height
        self.i2c = i2c
        self.address = address
        self.external_vcc = external_vcc
        self.pages = height // 8
        self.buffer = bytearray(self.pages * width)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)
        self.init_display()

    def command(self, *bytes_):
        for b in bytes_:
            self.i2c.writeto(self.address, bytes((0x80, b)))  # Co=1, D/C#=0: one command

    def init_display(self):
        self.command(_DISPLAY_OFF, _CLOCK_DIV, 0x80, _MUX_RATIO, self.height - 1,
                     _DISPLAY_OFFSET, 0x00, _START_LINE, _CHARGE_PUMP,
                     0x10 if self.external_vcc else 0x14, _MEMORY_MODE, 0x00, _SEG_REMAP,
                     _COM_SCAN_DEC, _COM_PINS, 0x02 if self.width > 2 * self.height else 0x12,
                     _CONTRAST, 0xCF, _PRECHARGE, 0x22 if self.external_vcc else 0xF1,
                     _VCOM_DESELECT, 0x40, _RESUME_RAM, _NORMAL, _DISPLAY_ON)
        self.fill(0)
        self.show()

    def invert(self, on):
        self.command(_INVERT if on else _NORMAL)

    def contrast(self, value):
        self.command(_CONTRAST, value)

    def show(self):
        x0 = (128 - self.width) // 2
        self.command(_COLUMN_ADDR, x0, x0 + self.width - 1, _PAGE_ADDR, 0, self.pages - 1)
        self.i2c.writevto(self.address, (b"\x40", self.buffer))  # D/C#=1: GDDRAM data
