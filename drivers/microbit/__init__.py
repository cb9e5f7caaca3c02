"""The ``microbit`` module (BBC micro:bit): display, Image, button_a/button_b, time.

The display draws into the board's LED matrix part (boards/parts/led_matrix.py), which
records every frame with its world time; show/scroll of text use a 5x5 font drawn for Mote
(font5x5.py).  Buttons are the board's button parts on their pins (pressed = low), counted
by their falling edges.  `sleep(ms)` and `running_time()` use the board's world clock.
`accelerometer` reads the board's MMA8653 part over the internal I2C bus
(accelerometer.py).
"""

from __future__ import annotations

from typing import Any

from drivers.binding import bind, to_int
from drivers.hardware import hardware_of, sleep_until
from drivers.microbit.accelerometer import MicroBitAccelerometer
from drivers.microbit.font5x5 import glyph
from drivers.microbit.image import Image
from hal.periph.pin import Mode, Pull
from vm.native import NativeModule

module = NativeModule("microbit")

__all__ = ["module"]


class MicroBitDisplay:
    """microbit.display: show, scroll, set_pixel, get_pixel, clear, on/off/is_on."""

    __mp_name__ = "MicroBitDisplay"
    _hw: Any

    def __init__(self) -> None:
        self._matrix = self._hw.part("display")
        self._px = [[0] * 5 for _ in range(5)]

    def _refresh(self) -> None:
        self._matrix.show(self._px)

    def _wait(self, ms: int) -> None:
        sleep_until(self._hw, self._hw.now_us() + ms * 1000)

    def set_pixel(self, x, y, value):
        x, y, value = to_int(x), to_int(y), to_int(value)
        if not (0 <= x < 5 and 0 <= y < 5):
            raise ValueError("index out of bounds")
        if not 0 <= value <= 9:
            raise ValueError("brightness out of bounds")
        self._px[y][x] = value
        self._refresh()

    def get_pixel(self, x, y):
        x, y = to_int(x), to_int(y)
        if not (0 <= x < 5 and 0 <= y < 5):
            raise ValueError("index out of bounds")
        return self._px[y][x]

    def clear(self):
        self._px = [[0] * 5 for _ in range(5)]
        self._refresh()

    def _show_image(self, img: Image) -> None:
        rows = img.rows()
        self._px = [[rows[y][x] if y < len(rows) and x < len(rows[y]) else 0
                     for x in range(5)] for y in range(5)]
        self._refresh()

    def show(self, image, delay=400, *, wait=True, loop=False, clear=False):
        """An Image now; a string or number character by character, `delay` ms each."""
        delay = to_int(delay)
        if isinstance(image, Image):
            self._show_image(image)
            return
        if isinstance(image, (int, float)):
            image = str(image)
        if isinstance(image, str):
            frames = [glyph(ch) for ch in image]
        else:
            frames = [img.rows() for img in image]
        if len(frames) == 1 and isinstance(image, str) and not clear:
            self._px = frames[0]
            self._refresh()
            return
        while True:
            for rows in frames:
                self._px = [r[:] for r in rows]
                self._refresh()
                self._wait(delay)
            if not loop:
                break
        if clear:
            self.clear()
        return

    def scroll(self, text, delay=150, *, wait=True, loop=False, monospace=False):
        """Scroll `text` right to left, one column every `delay` ms."""
        delay = to_int(delay)
        text = str(text)
        columns: list[list[int]] = [[0] * 5 for _ in range(5)]
        strip = [[0] * 5 for _ in range(5)]  # leading blank screen
        for ch in text:
            g = glyph(ch)
            for y in range(5):
                strip[y].extend(g[y] + [0])
        for y in range(5):
            strip[y].extend([0] * 5)
        del columns
        while True:
            for off in range(len(strip[0]) - 4):
                self._px = [strip[y][off:off + 5] for y in range(5)]
                self._refresh()
                self._wait(delay)
            if not loop:
                break

    def on(self):
        self._matrix.lit = True
        self._refresh()

    def off(self):
        self._matrix.lit = False
        self._refresh()

    def is_on(self):
        return self._matrix.lit


class MicroBitButton:
    """button_a / button_b: is_pressed(), was_pressed(), get_presses()."""

    __mp_name__ = "MicroBitButton"
    _hw: Any

    def __init__(self, part_name: str) -> None:
        hw = self._hw
        spec = next(p for p in hw.board["parts"] if p.get("name") == part_name)
        self._pad = hw.pad(hw.chip_pin(spec["pin"]))
        self._pad.configure(Mode.IN, Pull.UP)  # the board's 10k pull-ups
        self._presses = 0
        self._was = False
        self._pad.add_edge_listener(self._edge)

    def _edge(self, pad: Any, level: int, t_us: int) -> None:
        if level == 0:
            self._presses += 1
            self._was = True

    def is_pressed(self):
        return self._pad.level == 0

    def was_pressed(self):
        was, self._was = self._was, False
        return was

    def get_presses(self):
        n, self._presses = self._presses, 0
        return n


def _install(vm: Any, attrs: dict) -> None:
    hw = hardware_of(vm, "microbit")
    display_cls = bind(MicroBitDisplay, hw)
    button_cls = bind(MicroBitButton, hw)
    attrs["Image"] = Image
    attrs["display"] = display_cls()
    attrs["button_a"] = button_cls("button_a")
    attrs["button_b"] = button_cls("button_b")
    if "accelerometer" in hw.parts:
        attrs["accelerometer"] = bind(MicroBitAccelerometer, hw)()

    def sleep(ms):
        sleep_until(hw, hw.now_us() + max(0, to_int(ms)) * 1000)

    def running_time():
        return hw.now_us() // 1000

    def panic(n=0):
        raise SystemExit(to_int(n))

    def reset():
        hw.request_reset("MACHINE", now=True)

    for fn in (sleep, running_time, panic, reset):
        fn.__mp_native__ = True  # type: ignore[attr-defined]
        attrs[fn.__name__] = fn


module.on_import = _install
Image.__mp_native__ = True  # type: ignore[attr-defined]
Image.__mp_name__ = "MicroBitImage"  # type: ignore[attr-defined]
