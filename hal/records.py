"""Record types the generated chip bindings (``hal/<chip>.py``) are made of.

The bindings are plain data; these named tuples give that data attribute access while
staying immutable and cheap to import.
"""

from __future__ import annotations

from typing import NamedTuple


class MemoryRegion(NamedTuple):
    """One region of a chip's address space."""

    name: str
    kind: str  # "flash", "ram", "rom" or "mmio"
    base: int
    size: int
    external: bool = False

    @property
    def end(self) -> int:
        """First address past the region."""
        return self.base + self.size


class PinInfo(NamedTuple):
    """One chip pin: its GPIO port and number, alternate functions and ADC channels."""

    name: str
    port: str | int | None
    pin: int | None
    af: tuple[tuple[int, str], ...] = ()  # (AF index, signal) pairs
    adc: tuple[tuple[int, int], ...] = ()  # (ADC unit, channel) pairs
    valid: bool = True  # False for pins a port may not hand out (e.g. wired to SPI flash)

    def af_index(self, signal: str) -> int | None:
        """AF index that routes ``signal`` (e.g. ``"I2C1_SCL"``) to this pin, or None."""
        for index, name in self.af:
            if name == signal:
                return index
        return None


class PeripheralInfo(NamedTuple):
    """One on-chip peripheral instance."""

    name: str
    type: str  # "UART", "I2C", "SPI", "Timer", "ADC", "GPIO", ...
    id: int | str
    base: int
    irq: dict[str, int]  # vector name -> IRQ number
    bus: str
    extra: dict[str, object]  # family-specific facts (channels, counter_bits, ...)
