"""Solomon Systech SSD1306 OLED controller with a 128x64 / 128x32 (or narrower) panel.

The controller holds a 128x64-bit GDDRAM in 8 pages of 128 column bytes (bit 0 at the
top of each page).  Commands (datasheet section 9/10) arrive as a byte stream with their
parameters, possibly split over many bus transactions (MicroPython's driver sends every
command and parameter in its own I2C write), so the decoder keeps its state across them.

The visible image honours display on/off, the charge pump (an internally powered panel is
dark without it), entire-display-on, inversion, segment remap, COM scan direction,
multiplex ratio, display offset and start line.  The panel is wired the way the common
modules are: with segment remap (0xA1) and COM remapped scan (0xC8) the image is upright,
which is how MicroPython's ssd1306 driver initialises it.  Scrolling commands are decoded
and recorded but the rendered image does not scroll; the COM pin configuration is recorded
but not used to scramble rows.

Buses: I2C at 0x3C/0x3D (control byte: Co bit 7, D/C# bit 6) and 4-wire SPI with a D/C pin.
"""

from __future__ import annotations

from collections import deque

from hal.periph.pin import Pin
from hal.periph.timebase import Clock

# Commands that take parameter bytes, and how many.
_PARAMS = {
    0x81: 1, 0x8D: 1, 0x20: 1, 0x21: 2, 0x22: 2, 0xA8: 1, 0xD3: 1, 0xDA: 1, 0xD5: 1,
    0xD9: 1, 0xDB: 1, 0xAD: 1, 0xA3: 2, 0x26: 6, 0x27: 6, 0x29: 5, 0x2A: 5,
}

HORIZONTAL, VERTICAL, PAGE = 0, 1, 2


def _is_addressing(op: int) -> bool:
    """Commands that only move the RAM pointer: they never change the picture."""
    return op <= 0x1F or op in (0x20, 0x21, 0x22, 0xE3) or 0xB0 <= op <= 0xB7


class SSD1306:
    """The controller and its panel.  `width` x `height` is the glass (128x64, 128x32,
    64x48 ...); narrow panels sit on the centre segments, as the driver's offset assumes."""

    I2C_ADDRESSES = (0x3C, 0x3D)
    SPI_MODES = (0, 3)

    def __init__(self, clock: Clock, width: int = 128, height: int = 64,
                 external_vcc: bool = False, dc: Pin | None = None,
                 res: Pin | None = None) -> None:
        if not (0 < width <= 128 and 0 < height <= 64 and height % 8 == 0):
            raise ValueError("panel must fit 128x64 with whole pages")
        self.clock = clock
        self.width = width
        self.height = height
        self.external_vcc = external_vcc
        self.col_offset = (128 - width) // 2
        self.gddram = bytearray(128 * 8)
        self.frames: deque[tuple[int, bytes]] = deque(maxlen=1000)
        self.commands: deque[tuple[int, tuple[int, ...]]] = deque(maxlen=4096)
        self.dc = dc
        self.res = res
        if res is not None:
            res.add_edge_listener(self._reset_edge)
        self._dirty = False
        self._last_frame: bytes | None = None
        self._i2c_state = "control"
        self.reset()

    # -- state ------------------------------------------------------------------
    def reset(self) -> None:
        """Reset values of every command register (datasheet table 9-1 defaults).
        GDDRAM keeps its contents."""
        self.display_on = False
        self.contrast = 0x7F
        self.entire_on = False
        self.inverted = False
        self.addr_mode = PAGE
        self.col_start, self.col_end = 0, 127
        self.page_start, self.page_end = 0, 7
        self.col = 0
        self.page = 0
        self.start_line = 0
        self.seg_remap = False
        self.com_remap = False
        self.mux = 63
        self.offset = 0
        self.com_pins = 0x12
        self.clock_div = 0x80
        self.precharge = 0x22
        self.vcom = 0x20
        self.charge_pump = False
        self.scrolling = False
        self.scroll_setup: tuple[int, ...] = ()
        self._cmd: list[int] = []
        self._dirty = True

    def _reset_edge(self, pin: Pin, level: int, t_us: int) -> None:
        if level == 0:
            self.reset()

    def _in_reset(self) -> bool:
        return self.res is not None and self.res.level == 0

    # -- the command decoder ----------------------------------------------------
    def command(self, byte: int) -> None:
        """Feed one command-stream byte (an opcode or a parameter)."""
        if self._in_reset():
            return
        self._cmd.append(byte)
        need = _PARAMS.get(self._cmd[0], 0)
        if len(self._cmd) <= need:
            return
        cmd, self._cmd = tuple(self._cmd), []
        self.commands.append((self.clock.now_us(), cmd))
        self._execute(cmd)
        if not _is_addressing(cmd[0]):
            self._dirty = True  # the picture may have changed

    def _execute(self, cmd: tuple[int, ...]) -> None:
        op, args = cmd[0], cmd[1:]
        if op == 0x81:
            self.contrast = args[0]
        elif op in (0xA4, 0xA5):
            self.entire_on = op == 0xA5
        elif op in (0xA6, 0xA7):
            self.inverted = op == 0xA7
        elif op in (0xAE, 0xAF):
            self.display_on = op == 0xAF
        elif op == 0x20:
            if args[0] & 3 != 3:  # 11b is invalid and ignored
                self.addr_mode = args[0] & 3
        elif op == 0x21:
            self.col_start, self.col_end = args[0] & 0x7F, args[1] & 0x7F
            self.col = self.col_start
        elif op == 0x22:
            self.page_start, self.page_end = args[0] & 7, args[1] & 7
            self.page = self.page_start
        elif op <= 0x0F:
            self.col = (self.col & 0xF0) | op  # page mode: lower nibble of the column
        elif op <= 0x1F:
            self.col = ((op & 0x07) << 4) | (self.col & 0x0F)
        elif 0xB0 <= op <= 0xB7:
            self.page = op & 7
        elif 0x40 <= op <= 0x7F:
            self.start_line = op & 0x3F
        elif op in (0xA0, 0xA1):
            self.seg_remap = op == 0xA1
        elif op in (0xC0, 0xC8):
            self.com_remap = op == 0xC8
        elif op == 0xA8:
            if args[0] & 0x3F >= 15:  # 0..14 are invalid
                self.mux = args[0] & 0x3F
        elif op == 0xD3:
            self.offset = args[0] & 0x3F
        elif op == 0xDA:
            self.com_pins = args[0]
        elif op == 0xD5:
            self.clock_div = args[0]
        elif op == 0xD9:
            self.precharge = args[0]
        elif op == 0xDB:
            self.vcom = args[0]
        elif op == 0x8D:
            self.charge_pump = bool(args[0] & 0x04)
        elif op in (0x26, 0x27, 0x29, 0x2A, 0xA3):
            self.scroll_setup = cmd
        elif op in (0x2E, 0x2F):
            self.scrolling = op == 0x2F
        # 0xE3 (NOP), 0xAD (IREF select on newer parts) and unknown opcodes do nothing.

    def data(self, byte: int) -> None:
        """Write one GDDRAM byte at the pointer and advance it per the addressing mode."""
        if self._in_reset():
            return
        self.gddram[self.page * 128 + self.col] = byte & 0xFF
        self._dirty = True
        if self.addr_mode == HORIZONTAL:
            if self.col >= self.col_end:
                self.col = self.col_start
                self.page = self.page_start if self.page >= self.page_end else self.page + 1
            else:
                self.col += 1
        elif self.addr_mode == VERTICAL:
            if self.page >= self.page_end:
                self.page = self.page_start
                self.col = self.col_start if self.col >= self.col_end else self.col + 1
            else:
                self.page += 1
        else:
            self.col = self.col_start if self.col >= self.col_end else self.col + 1

    # -- I2C ------------------------------------------------------------------------
    def i2c_start(self, read: bool) -> bool:
        self._i2c_state = "control"
        return True

    def i2c_write(self, byte: int) -> bool:
        state = self._i2c_state
        if state == "control":
            co, is_data = byte & 0x80, byte & 0x40
            self._i2c_state = ("one_" if co else "stream_") + ("data" if is_data else "cmd")
        elif state.endswith("data"):
            self.data(byte)
        else:
            self.command(byte)
        if state.startswith("one_"):
            self._i2c_state = "control"
        return True

    def i2c_read(self, ack: bool) -> int:
        return 0x40 if not self.display_on else 0x00  # status: D6 = display off

    def i2c_stop(self) -> None:
        self.snapshot()

    # -- SPI --------------------------------------------------------------------------
    def spi_select(self) -> None:
        pass

    def spi_exchange(self, mosi: int) -> int:
        if self.dc is not None and self.dc.level:
            self.data(mosi)
        else:
            self.command(mosi)
        return 0x00

    def spi_deselect(self) -> None:
        self.snapshot()

    # -- what the panel shows ---------------------------------------------------
    def _lit(self) -> bool:
        return self.display_on and (self.charge_pump or self.external_vcc)

    def pixel_ram(self, x: int, y: int) -> int:
        """The GDDRAM bit at column x, row y (0..127, 0..63)."""
        return (self.gddram[(y >> 3) * 128 + x] >> (y & 7)) & 1

    def frame(self) -> list[list[int]]:
        """The visible image now: `height` rows of `width` pixels, 1 = lit."""
        rows = [[0] * self.width for _ in range(self.height)]
        if not self._lit():
            return rows
        if self.seg_remap:
            cols = range(self.col_offset, self.col_offset + self.width)
        else:
            cols = range(127 - self.col_offset, 127 - self.col_offset - self.width, -1)
        flip = 1 if self.inverted else 0
        ram = self.gddram
        for y in range(self.height):
            r = y if self.com_remap else self.height - 1 - y
            if r > self.mux:
                continue  # COM lines beyond the multiplex ratio are not driven
            if self.entire_on:
                rows[y] = [1] * self.width
                continue
            ram_row = (r + self.start_line + self.offset) & 63
            base, bit = (ram_row >> 3) * 128, ram_row & 7
            rows[y] = [((ram[base + c] >> bit) & 1) ^ flip for c in cols]
        return rows

    def frame_bytes(self) -> bytes:
        """The visible image as one byte per pixel (0/1), row by row."""
        return bytes(b for row in self.frame() for b in row)

    def snapshot(self) -> None:
        """Record the visible image in `frames` if it changed since the last record."""
        if not self._dirty:
            return
        self._dirty = False
        img = self.frame_bytes()
        if img != self._last_frame:
            self._last_frame = img
            self.frames.append((self.clock.now_us(), img))

    def to_image(self, scale: int = 1):
        """A Pillow greyscale image of the panel (lit pixel brightness follows contrast)."""
        from PIL import Image

        on = 55 + self.contrast * 200 // 255
        img = Image.frombytes("L", (self.width, self.height),
                              bytes(on if b else 0 for b in self.frame_bytes()))
        if scale != 1:
            img = img.resize((self.width * scale, self.height * scale), Image.NEAREST)
        return img

    def to_png(self, path: str, scale: int = 1) -> None:
        """Save what the panel shows as a PNG."""
        self.to_image(scale).save(path, format="PNG")
