"""An SPI bus: parts selected by their chip-select pins, one full-duplex transfer.

`transfer(tx)` is the primitive machine.SPI's read/readinto/write/write_readinto are built
on.  A part sees select/deselect when its CS pin changes level (driven by the MCU as a
plain output pin, as MicroPython drivers do), and one byte exchange per byte clocked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from hal.periph.pin import Pin


@runtime_checkable
class SPITarget(Protocol):
    """What a part on an SPI bus implements."""

    def spi_select(self) -> None:
        """CS went active: a new transaction begins."""

    def spi_exchange(self, mosi: int) -> int:
        """One byte clocked: receive `mosi`, return the byte driven on MISO."""

    def spi_deselect(self) -> None:
        """CS went inactive: the transaction ends."""


@dataclass
class SPIConfig:
    """Bus settings as machine.SPI.init() records them."""

    baudrate: int = 1_000_000
    polarity: int = 0
    phase: int = 0
    bits: int = 8
    firstbit_msb: bool = True

    @property
    def mode(self) -> int:
        """SPI mode number 0..3 (CPOL << 1 | CPHA)."""
        return (self.polarity << 1) | self.phase


class _Attachment:
    def __init__(self, bus: SPIBus, target: SPITarget, cs: Pin, active_low: bool,
                 modes: tuple[int, ...]):
        self.bus = bus
        self.target = target
        self.cs = cs
        self.active_low = active_low
        self.modes = modes
        self.selected = self._active(cs.level)
        self.connected = True
        cs.add_edge_listener(self._edge)

    def _active(self, level: int) -> bool:
        return level == (0 if self.active_low else 1)

    def _edge(self, pin: Pin, level: int, t_us: int) -> None:
        now = self._active(level)
        if now and not self.selected:
            self.selected = True
            self.target.spi_select()
        elif self.selected and not now:
            self.selected = False
            self.target.spi_deselect()


class SPIBus:
    """One SPI controller and its wires (SCK, MOSI, MISO shared; one CS per part)."""

    def __init__(self, name: str = "spi") -> None:
        self.name = name
        self.config = SPIConfig()
        self._parts: list[_Attachment] = []
        self.errors: list[str] = []
        self.bytes_clocked = 0

    def configure(self, **settings: int | bool) -> None:
        """Record new settings (baudrate, polarity, phase, bits, firstbit_msb)."""
        for k, v in settings.items():
            if not hasattr(self.config, k):
                raise TypeError(f"unknown SPI setting {k!r}")
            setattr(self.config, k, v)

    def attach(self, target: SPITarget, cs: Pin, active_low: bool = True,
               modes: tuple[int, ...] = (0, 1, 2, 3)) -> None:
        """Put `target` on the bus behind chip-select `cs`; `modes` are the SPI modes it
        supports (a transfer in another mode reads 0xFF and is recorded in `errors`)."""
        self._parts.append(_Attachment(self, target, cs, active_low, modes))

    def set_connected(self, target: SPITarget, connected: bool) -> None:
        """Unplug (False) or replug (True) a part: an unplugged part leaves MISO floating."""
        for a in self._parts:
            if a.target is target:
                a.connected = connected

    def selected(self) -> list[SPITarget]:
        return [a.target for a in self._parts if a.selected and a.connected]

    def transfer(self, tx: bytes) -> bytes:
        """Clock out `tx`, returning the bytes seen on MISO at the same time.

        No part selected: MISO floats high (0xFF).  Several selected: their outputs fight on
        MISO; the open-collector-like AND is returned and the fault recorded.
        """
        active = [a for a in self._parts if a.selected and a.connected]
        self.bytes_clocked += len(tx)
        if len(active) > 1:
            self.errors.append(f"{len(active)} parts selected at once")
        rx = bytearray()
        for b in tx:
            out = 0xFF
            for a in active:
                if self.config.mode not in a.modes or self.config.bits != 8:
                    self.errors.append(f"{type(a.target).__name__}: SPI mode "
                                       f"{self.config.mode}/{self.config.bits} bits unsupported")
                    continue
                mosi = b if self.config.firstbit_msb else _reverse(b)
                miso = a.target.spi_exchange(mosi) & 0xFF
                out &= miso if self.config.firstbit_msb else _reverse(miso)
            rx.append(out)
        return bytes(rx)

    def duration_us(self, nbytes: int) -> float:
        """Wire time of `nbytes` at the configured baudrate."""
        return nbytes * self.config.bits * 1_000_000 / self.config.baudrate


def _reverse(b: int) -> int:
    return int(f"{b:08b}"[::-1], 2)
