"""The ``framebuf`` module: MicroPython's FrameBuffer drawing into a user's buffer.

Drawing writes straight into the bytearray the program passed (a display driver then sends
that buffer to the panel), pixel by pixel through the format's layout (formats.py).  The
primitives follow MicroPython's: clipped fill_rect underlies hline/vline/rect/fill; lines
are Bresenham's, ellipses the midpoint algorithm by quadrant, filled polygons a scanline
fill with the same rounding, text the 8x8 font (font8x8.py), so buffers come out
byte-identical to the real VM's (tests/drivers/framebuf compares them).
"""

from __future__ import annotations

from typing import Any

from drivers.binding import to_int
from drivers.framebuf.font8x8 import GLYPHS
from drivers.framebuf.formats import CONSTANTS, FORMATS
from vm.native import NativeModule

module = NativeModule("framebuf")

__all__ = ["FrameBuffer", "module"]


def _cdiv(a: int, b: int) -> int:
    """C's integer division (truncates towards zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _view(buf: Any, write: bool) -> memoryview:
    try:
        mv = memoryview(buf)
    except TypeError:
        raise TypeError("object with buffer protocol required") from None
    if mv.format != "B" or mv.ndim != 1:
        mv = mv.cast("B")
    return mv


@module.type
class FrameBuffer:
    """FrameBuffer(buffer, width, height, format, stride=width)."""

    def __init__(self, buffer, width, height, format, stride=None):
        width, height = to_int(width), to_int(height)
        fmt = FORMATS.get(to_int(format))
        if fmt is None:
            raise ValueError("invalid format")
        stride = width if stride is None else to_int(stride)
        if width < 1 or height < 1 or stride < 1:
            raise ValueError("invalid dimensions")  # zero sizes are not drawable
        stride = fmt.aligned_stride(stride)
        buf = _view(buffer, True)
        if len(buf) < fmt.buffer_size(width, height, stride):
            raise ValueError()  # the real VM gives this one no message
        self._buffer = buffer
        self._buf = buf
        self.width = width
        self.height = height
        self.stride = stride
        self._fmt = fmt
        self._get = fmt.get
        self._set = fmt.set

    def __mp_repr__(self) -> str:
        return "<FrameBuffer>"

    # ## Pixels

    def _setpixel(self, x: int, y: int, c: int) -> None:
        self._set(self._buf, self.stride, x, y, c)

    def _setpixel_checked(self, x: int, y: int, c: int, mask: int) -> None:
        if mask and 0 <= x < self.width and 0 <= y < self.height:
            self._set(self._buf, self.stride, x, y, c)

    def _getpixel(self, x: int, y: int) -> int:
        return self._get(self._buf, self.stride, x, y)

    def _fill_rect(self, x: int, y: int, w: int, h: int, c: int) -> None:
        if (h < 1 or w < 1 or x + w <= 0 or y + h <= 0 or y >= self.height
                or x >= self.width):
            return
        xend = min(self.width, x + w)
        yend = min(self.height, y + h)
        x = max(x, 0)
        y = max(y, 0)
        put, buf, stride = self._set, self._buf, self.stride
        for yy in range(y, yend):
            for xx in range(x, xend):
                put(buf, stride, xx, yy, c)

    # ## Drawing API

    def fill(self, c):
        self._fill_rect(0, 0, self.width, self.height, to_int(c))

    def fill_rect(self, x, y, w, h, c):
        self._fill_rect(to_int(x), to_int(y), to_int(w), to_int(h), to_int(c))

    def pixel(self, x, y, c=None):
        x, y = to_int(x), to_int(y)
        if not (0 <= x < self.width and 0 <= y < self.height):
            return None
        if c is None:
            return self._getpixel(x, y)
        self._setpixel(x, y, to_int(c))
        return None

    def hline(self, x, y, w, c):
        self._fill_rect(to_int(x), to_int(y), to_int(w), 1, to_int(c))

    def vline(self, x, y, h, c):
        self._fill_rect(to_int(x), to_int(y), 1, to_int(h), to_int(c))

    def rect(self, x, y, w, h, c, f=False):
        x, y, w, h, c = (to_int(v) for v in (x, y, w, h, c))
        if f:
            self._fill_rect(x, y, w, h, c)
            return
        self._fill_rect(x, y, w, 1, c)
        self._fill_rect(x, y + h - 1, w, 1, c)
        self._fill_rect(x, y, 1, h, c)
        self._fill_rect(x + w - 1, y, 1, h, c)

    def line(self, x1, y1, x2, y2, c):
        self._line(to_int(x1), to_int(y1), to_int(x2), to_int(y2), to_int(c))

    def _line(self, x1: int, y1: int, x2: int, y2: int, c: int) -> None:
        dx, sx = x2 - x1, 1
        if dx <= 0:
            dx, sx = -dx, -1
        dy, sy = y2 - y1, 1
        if dy <= 0:
            dy, sy = -dy, -1
        steep = dy > dx
        if steep:
            x1, y1 = y1, x1
            dx, dy = dy, dx
            sx, sy = sy, sx
        e = 2 * dy - dx
        w, h = self.width, self.height
        for _ in range(dx):
            if steep:
                if 0 <= y1 < w and 0 <= x1 < h:
                    self._setpixel(y1, x1, c)
            elif 0 <= x1 < w and 0 <= y1 < h:
                self._setpixel(x1, y1, c)
            while e >= 0:
                y1 += sy
                e -= 2 * dx
            x1 += sx
            e += 2 * dy
        if 0 <= x2 < w and 0 <= y2 < h:
            self._setpixel(x2, y2, c)

    def _ellipse_points(self, cx, cy, x, y, c, mask):
        if mask & 0x10:
            if mask & 1:
                self._fill_rect(cx, cy - y, x + 1, 1, c)
            if mask & 2:
                self._fill_rect(cx - x, cy - y, x + 1, 1, c)
            if mask & 4:
                self._fill_rect(cx - x, cy + y, x + 1, 1, c)
            if mask & 8:
                self._fill_rect(cx, cy + y, x + 1, 1, c)
        else:
            self._setpixel_checked(cx + x, cy - y, c, mask & 1)
            self._setpixel_checked(cx - x, cy - y, c, mask & 2)
            self._setpixel_checked(cx - x, cy + y, c, mask & 4)
            self._setpixel_checked(cx + x, cy + y, c, mask & 8)

    def ellipse(self, x, y, xr, yr, c, f=False, m=0x0F):
        """Ellipse centred at (x, y) with radii xr, yr; `f` fills; `m` picks quadrants
        (bit 0: top right, then counter-clockwise)."""
        cx, cy, xr, yr, c = (to_int(v) for v in (x, y, xr, yr, c))
        mask = (0x10 if f else 0) | (to_int(m) & 0x0F)
        if xr == 0 and yr == 0:
            self._setpixel_checked(cx, cy, c, mask & 0x0F)
            return
        two_a2, two_b2 = 2 * xr * xr, 2 * yr * yr
        # First set of points: the slope's magnitude stays below 1.
        px, py = xr, 0
        xchange, ychange = yr * yr * (1 - 2 * xr), xr * xr
        err, stop_x, stop_y = 0, two_b2 * xr, 0
        while stop_x >= stop_y:
            self._ellipse_points(cx, cy, px, py, c, mask)
            py += 1
            stop_y += two_a2
            err += ychange
            ychange += two_a2
            if 2 * err + xchange > 0:
                px -= 1
                stop_x -= two_b2
                err += xchange
                xchange += two_b2
        # Second set: the steep part.
        px, py = 0, yr
        xchange, ychange = yr * yr, xr * xr * (1 - 2 * yr)
        err, stop_x, stop_y = 0, 0, two_a2 * yr
        while stop_x <= stop_y:
            self._ellipse_points(cx, cy, px, py, c, mask)
            px += 1
            stop_x += two_b2
            err += xchange
            xchange += two_b2
            if 2 * err + ychange > 0:
                py -= 1
                stop_y -= two_a2
                err += ychange
                ychange += two_a2

    def poly(self, x, y, coords, c, f=False):
        """Polygon through the (x, y) pairs of array `coords`, offset by (x, y)."""
        x, y, c = to_int(x), to_int(y), to_int(c)
        pts = _coords(coords)
        n = len(pts) // 2
        if n == 0:
            return
        if f:
            self._poly_fill(x, y, pts, n, c)
            return
        px1, py1 = pts[0], pts[1]
        i = n * 2 - 1
        while i >= 0:
            py2, px2 = pts[i], pts[i - 1]
            i -= 2
            self._line(x + px1, y + py1, x + px2, y + py2, c)
            px1, py1 = px2, py2

    def _poly_fill(self, x: int, y: int, pts: list[int], n: int, c: int) -> None:
        ys = pts[1::2][:n]
        for row in range(min(ys), max(ys) + 1):
            nodes = []
            px1, py1 = pts[0], pts[1]
            i = n * 2 - 1
            while i >= 0:
                py2, px2 = pts[i], pts[i - 1]
                i -= 2
                if py1 != py2 and ((py1 > row >= py2) or (py1 <= row < py2)):
                    node = _cdiv(32 * px1 + _cdiv(32 * (px2 - px1) * (row - py1), py2 - py1)
                                 + 16, 32)
                    nodes.append(node)
                elif row == max(py1, py2):
                    # Local minima and flat edges: the crossings above miss these pixels.
                    if py1 < py2:
                        self._setpixel_checked(x + px2, y + py2, c, 1)
                    elif py2 < py1:
                        self._setpixel_checked(x + px1, y + py1, c, 1)
                    else:
                        self._line(x + px1, y + py1, x + px2, y + py2, c)
                px1, py1 = px2, py2
            if not nodes:
                continue
            nodes.sort()
            for k in range(0, len(nodes) - 1, 2):
                self._fill_rect(x + nodes[k], y + row, nodes[k + 1] - nodes[k] + 1, 1, c)

    def text(self, s, x, y, c=1):
        """Draw `s` in the 8x8 font with its top-left corner at (x, y)."""
        if not isinstance(s, str):
            from vm.objects.typeinfo import type_name
            raise TypeError(f"can't convert '{type_name(s)}' object to str implicitly")
        x0, y0, c = to_int(x), to_int(y), to_int(c)
        w, h = self.width, self.height
        for ch in s.encode("utf-8"):
            if ch < 32 or ch > 127:
                ch = 127
            for col in GLYPHS[ch - 32]:
                if 0 <= x0 < w:
                    yy = y0
                    while col:
                        if col & 1 and 0 <= yy < h:
                            self._setpixel(x0, yy, c)
                        col >>= 1
                        yy += 1
                x0 += 1

    def scroll(self, xstep, ystep):
        xstep, ystep = to_int(xstep), to_int(ystep)
        w, h = self.width, self.height
        if xstep < 0:
            sx, xend, dx = 0, w + xstep, 1
            if xend <= 0:
                return
        else:
            sx, xend, dx = w - 1, xstep - 1, -1
            if xend >= sx:
                return
        if ystep < 0:
            yy, yend, dy = 0, h + ystep, 1
            if yend <= 0:
                return
        else:
            yy, yend, dy = h - 1, ystep - 1, -1
            if yend >= yy:
                return
        while yy != yend:
            xx = sx
            while xx != xend:
                self._setpixel(xx, yy, self._getpixel(xx - xstep, yy - ystep))
                xx += dx
            yy += dy

    def blit(self, fbuf, x, y, key=-1, palette=None):
        """Copy `fbuf` (a FrameBuffer or (buffer, w, h, format[, stride])) to (x, y);
        pixels equal to `key` are skipped; `palette` maps source colours."""
        src = _as_framebuffer(fbuf)
        pal = _as_framebuffer(palette) if palette is not None else None
        x, y, key = to_int(x), to_int(y), to_int(key) & 0xFFFFFFFF
        if x >= self.width or y >= self.height or -x >= src.width or -y >= src.height:
            return
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = max(0, -x), max(0, -y)
        x0end = min(self.width, x + src.width)
        y0end = min(self.height, y + src.height)
        while y0 < y0end:
            cx1 = x1
            for cx0 in range(x0, x0end):
                col = src._getpixel(cx1, y1)
                if pal is not None:
                    col = pal._getpixel(col, 0)
                if col != key:
                    self._setpixel(cx0, y0, col)
                cx1 += 1
            y1 += 1
            y0 += 1


def _coords(coords: Any) -> list[int]:
    """The integers of an array (or other buffer of ints) of coordinates."""
    if isinstance(coords, (list, tuple)):
        raise TypeError("object with buffer protocol required")
    try:
        return [int(v) for v in coords]
    except TypeError:
        raise TypeError("object with buffer protocol required") from None


def _as_framebuffer(obj: Any) -> FrameBuffer:
    if isinstance(obj, FrameBuffer):
        return obj
    if isinstance(obj, tuple) and len(obj) in (4, 5):
        return FrameBuffer(*obj)
    raise ValueError("invalid FrameBuffer")  # neither a FrameBuffer nor its tuple


@module.function
def FrameBuffer1(buffer, width, height, stride=None):
    """The legacy constructor: a MONO_VLSB FrameBuffer."""
    return FrameBuffer(buffer, width, height, 0, stride)


for _name, _code in CONSTANTS.items():
    module.constant(_name, _code)
