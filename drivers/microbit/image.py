"""microbit.Image: a small picture of LED brightnesses 0..9, as MicroPython's microbit API.

Image('09090:99999:...') from rows separated by ':', Image(width, height) blank, or
Image(width, height, buffer); get_pixel/set_pixel, width/height, shift_*, copy, invert,
and a few built-in pictures (HEART, HAPPY, SAD, YES, NO, SQUARE, ...).
"""

from __future__ import annotations

from drivers.binding import to_int


class Image:
    """microbit.Image (see module docstring)."""

    def __init__(self, *args):
        if len(args) == 1 and isinstance(args[0], str):
            rows = [r for r in args[0].rstrip(":").split(":")]
            width = max((len(r) for r in rows), default=0)
            self._px = [[int(c) for c in r.ljust(width, "0")] for r in rows]
        elif len(args) in (0, 2, 3):
            w, h = (to_int(args[0]), to_int(args[1])) if args else (5, 5)
            self._px = [[0] * w for _ in range(h)]
            if len(args) == 3:
                data = bytes(args[2])
                if len(data) != w * h:
                    raise ValueError("image data is incorrect size")
                for i, v in enumerate(data):
                    self._px[i // w][i % w] = v
        else:
            raise TypeError("Image(s) takes a string")
        self._readonly = False

    def width(self):
        return len(self._px[0]) if self._px else 0

    def height(self):
        return len(self._px)

    def get_pixel(self, x, y):
        x, y = to_int(x), to_int(y)
        if not (0 <= x < self.width() and 0 <= y < self.height()):
            raise ValueError("index cannot be negative" if x < 0 or y < 0
                             else "index too large")
        return self._px[y][x]

    def set_pixel(self, x, y, value):
        if self._readonly:
            raise TypeError("image cannot be modified (try copying first)")
        value = to_int(value)
        if not 0 <= value <= 9:
            raise ValueError("brightness out of bounds")
        self.get_pixel(x, y)
        self._px[to_int(y)][to_int(x)] = value

    def copy(self):
        img = Image(self.width(), self.height())
        img._px = [row[:] for row in self._px]
        return img

    def invert(self):
        img = self.copy()
        img._px = [[9 - v for v in row] for row in img._px]
        return img

    def shift_left(self, n):
        n = to_int(n)
        img = Image(self.width(), self.height())
        w = self.width()
        img._px = [[row[x + n] if 0 <= x + n < w else 0 for x in range(w)] for row in self._px]
        return img

    def shift_right(self, n):
        return self.shift_left(-to_int(n))

    def shift_up(self, n):
        n = to_int(n)
        img = Image(self.width(), self.height())
        h = self.height()
        img._px = [self._px[y + n][:] if 0 <= y + n < h else [0] * self.width()
                   for y in range(h)]
        return img

    def shift_down(self, n):
        return self.shift_up(-to_int(n))

    def rows(self) -> list[list[int]]:
        return [row[:] for row in self._px]

    def __eq__(self, other):
        return isinstance(other, Image) and other._px == self._px

    def __hash__(self):
        return id(self)

    def __mp_repr__(self) -> str:
        return "Image('" + "".join("".join(str(v) for v in r) + ":" for r in self._px) + "')"


BUILTIN = {
    "HEART": "09090:99999:99999:09990:00900",
    "HEART_SMALL": "00000:09090:09990:00900:00000",
    "HAPPY": "00000:09090:00000:90009:09990",
    "SAD": "00000:09090:00000:09990:90009",
    "SMILE": "00000:00000:00000:90009:09990",
    "YES": "00000:00009:00090:90900:09000",
    "NO": "90009:09090:00900:09090:90009",
    "SQUARE": "99999:90009:90009:90009:99999",
    "SQUARE_SMALL": "00000:09990:09090:09990:00000",
    "DIAMOND": "00900:09090:90009:09090:00900",
    "ARROW_N": "00900:09990:90909:00900:00900",
}


def add_builtins() -> None:
    """Attach the built-in pictures as read-only class attributes."""
    for name, rows in BUILTIN.items():
        img = Image(rows)
        img._readonly = True
        setattr(Image, name, img)


add_builtins()
