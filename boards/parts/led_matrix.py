"""An LED matrix display (the micro:bit's 5x5): brightness 0..9 per LED, frames over time.

The real matrix is multiplexed over row and column pins; this model takes the image the
display driver refreshes (its frame buffer) and records each change with the world time,
so a test sees what the user saw and when.
"""

from __future__ import annotations

from hal.periph.timebase import Clock


class LEDMatrix:
    def __init__(self, clock: Clock, width: int = 5, height: int = 5,
                 name: str = "display") -> None:
        self.clock = clock
        self.width = width
        self.height = height
        self.name = name
        self.pixels = [[0] * width for _ in range(height)]
        self.lit = True
        self.frames: list[tuple[int, tuple[str, ...]]] = []  # (t_us, rows as '09090')

    def show(self, pixels: list[list[int]]) -> None:
        """Refresh with a new image (brightness 0..9 per LED)."""
        self.pixels = [[max(0, min(9, int(v))) for v in row] for row in pixels]
        frame = self.rows()
        if not self.frames or self.frames[-1][1] != frame:
            t = self.clock.now_us()
            if self.frames and self.frames[-1][0] == t:
                self.frames[-1] = (t, frame)
            else:
                self.frames.append((t, frame))

    def rows(self) -> tuple[str, ...]:
        """What is visible now, one '0'..'9' string per row."""
        if not self.lit:
            return tuple("0" * self.width for _ in range(self.height))
        return tuple("".join(str(v) for v in row) for row in self.pixels)
