"""framebuf's pixel formats: how a pixel (x, y) maps to bits of the buffer, one class each.

A format knows the buffer size a width/height/stride needs, and reads and writes one
pixel.  The layouts are MicroPython's (modframebuf): MONO_VLSB packs 8 vertical pixels per
byte (bit 0 at the top, the SSD1306's page layout); MONO_HLSB/HMSB pack 8 horizontal
pixels per byte (most/least significant bit first); GS2_HMSB and GS4_HMSB pack 4 and 2
grey pixels per byte (GS4: the even pixel in the high nibble); GS8 is a byte per pixel and
RGB565 a little-endian 16-bit word per pixel.
"""

from __future__ import annotations


class Format:
    """One pixel format.  `stride` is in pixels; `align` rounds it for packed formats."""

    code: int
    align = 1

    @classmethod
    def aligned_stride(cls, stride: int) -> int:
        a = cls.align
        return (stride + a - 1) // a * a

    @classmethod
    def buffer_size(cls, width: int, height: int, stride: int) -> int:
        raise NotImplementedError

    @staticmethod
    def get(buf: memoryview, stride: int, x: int, y: int) -> int:
        raise NotImplementedError

    @staticmethod
    def set(buf: memoryview, stride: int, x: int, y: int, c: int) -> None:
        raise NotImplementedError


class MonoVLSB(Format):
    code = 0

    @classmethod
    def buffer_size(cls, width, height, stride):
        return (height + 7) // 8 * stride

    @staticmethod
    def get(buf, stride, x, y):
        return (buf[(y >> 3) * stride + x] >> (y & 7)) & 1

    @staticmethod
    def set(buf, stride, x, y, c):
        i = (y >> 3) * stride + x
        bit = 1 << (y & 7)
        buf[i] = (buf[i] | bit) if c else (buf[i] & ~bit & 0xFF)


class RGB565(Format):
    code = 1

    @classmethod
    def buffer_size(cls, width, height, stride):
        return stride * height * 2

    @staticmethod
    def get(buf, stride, x, y):
        i = (x + y * stride) * 2
        return buf[i] | (buf[i + 1] << 8)

    @staticmethod
    def set(buf, stride, x, y, c):
        i = (x + y * stride) * 2
        buf[i] = c & 0xFF
        buf[i + 1] = (c >> 8) & 0xFF


class GS4HMSB(Format):
    code = 2
    align = 2

    @classmethod
    def buffer_size(cls, width, height, stride):
        return stride * height // 2

    @staticmethod
    def get(buf, stride, x, y):
        b = buf[(x + y * stride) >> 1]
        return b & 0x0F if x & 1 else b >> 4

    @staticmethod
    def set(buf, stride, x, y, c):
        i = (x + y * stride) >> 1
        if x & 1:
            buf[i] = (c & 0x0F) | (buf[i] & 0xF0)
        else:
            buf[i] = ((c << 4) & 0xF0) | (buf[i] & 0x0F)


class MonoHLSB(Format):
    code = 3
    align = 8

    @classmethod
    def buffer_size(cls, width, height, stride):
        return stride * height // 8

    @staticmethod
    def get(buf, stride, x, y):
        return (buf[(x + y * stride) >> 3] >> (7 - (x & 7))) & 1

    @staticmethod
    def set(buf, stride, x, y, c):
        i = (x + y * stride) >> 3
        bit = 1 << (7 - (x & 7))
        buf[i] = (buf[i] | bit) if c else (buf[i] & ~bit & 0xFF)


class MonoHMSB(Format):
    code = 4
    align = 8

    @classmethod
    def buffer_size(cls, width, height, stride):
        return stride * height // 8

    @staticmethod
    def get(buf, stride, x, y):
        return (buf[(x + y * stride) >> 3] >> (x & 7)) & 1

    @staticmethod
    def set(buf, stride, x, y, c):
        i = (x + y * stride) >> 3
        bit = 1 << (x & 7)
        buf[i] = (buf[i] | bit) if c else (buf[i] & ~bit & 0xFF)


class GS2HMSB(Format):
    code = 5
    align = 4

    @classmethod
    def buffer_size(cls, width, height, stride):
        return stride * height // 4

    @staticmethod
    def get(buf, stride, x, y):
        return (buf[(x + y * stride) >> 2] >> ((x & 3) << 1)) & 0x3

    @staticmethod
    def set(buf, stride, x, y, c):
        i = (x + y * stride) >> 2
        shift = (x & 3) << 1
        buf[i] = (buf[i] & ~(0x3 << shift) & 0xFF) | ((c & 0x3) << shift)


class GS8(Format):
    code = 6

    @classmethod
    def buffer_size(cls, width, height, stride):
        return stride * height

    @staticmethod
    def get(buf, stride, x, y):
        return buf[x + y * stride]

    @staticmethod
    def set(buf, stride, x, y, c):
        buf[x + y * stride] = c & 0xFF


#: Format code -> format, and the module constants naming them.
FORMATS: dict[int, type[Format]] = {f.code: f for f in
                                    (MonoVLSB, RGB565, GS4HMSB, MonoHLSB, MonoHMSB, GS2HMSB,
                                     GS8)}
CONSTANTS = {"MONO_VLSB": 0, "MVLSB": 0, "RGB565": 1, "GS4_HMSB": 2, "MONO_HLSB": 3,
             "MONO_HMSB": 4, "GS2_HMSB": 5, "GS8": 6}
