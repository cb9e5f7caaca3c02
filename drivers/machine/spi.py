"""machine.SPI and machine.SoftSPI over `hal.periph.spi.SPIBus`.

All operations are the bus's full-duplex `transfer(tx) -> rx`.  A part answers when its
chip-select pin (a plain machine.Pin the driver toggles, as MicroPython drivers do) is
active; with nothing selected MISO floats high and reads 0xFF.
"""

from __future__ import annotations

from typing import Any

from drivers.binding import buffer_bytes, to_int, writable

MSB = 0
LSB = 1


class SoftSPI:
    """machine.SoftSPI(baudrate=500000, *, polarity, phase, bits, firstbit, sck, mosi, miso)."""

    _hw: Any
    _port: Any
    _pin_cls: type
    MSB = MSB
    LSB = LSB

    def __init__(self, baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=MSB,
                 sck=None, mosi=None, miso=None):
        self._bus = None
        self._id = -1
        self.init(baudrate, polarity=polarity, phase=phase, bits=bits, firstbit=firstbit,
                  sck=sck, mosi=mosi, miso=miso)

    def init(self, baudrate=None, *, polarity=None, phase=None, bits=None, firstbit=None,
             sck=None, mosi=None, miso=None):
        if self._bus is None or sck is not None or mosi is not None:
            if self._id >= 0:
                self._bus = self._hw.spi_bus(self._id)
            else:
                if sck is None or mosi is None or miso is None:
                    raise TypeError("must specify all of sck/mosi/miso")
                pins = [self._pin_cls._resolve(p) for p in (sck, mosi, miso)]
                self._bus = self._hw.spi_bus(None, *pins)
        settings: dict[str, Any] = {}
        if baudrate is not None:
            settings["baudrate"] = to_int(baudrate)
        if polarity is not None:
            settings["polarity"] = to_int(polarity) & 1
        if phase is not None:
            settings["phase"] = to_int(phase) & 1
        if bits is not None:
            settings["bits"] = to_int(bits)
        if firstbit is not None:
            settings["firstbit_msb"] = to_int(firstbit) == MSB
        self._bus.configure(**settings)

    def deinit(self):
        return None

    def __mp_repr__(self) -> str:
        c = self._bus.config
        name = type(self).__mp_name__
        head = f"{name}({self._id}, " if self._id >= 0 else f"{name}("
        return (f"{head}baudrate={c.baudrate}, polarity={c.polarity}, phase={c.phase}, "
                f"bits={c.bits})")

    def _clocked(self, tx: bytes) -> bytes:
        """Shift `tx` out (and as many bytes in); the program waits for the wire time at
        the bus's baudrate, as a blocking SPI transfer does."""
        rx = self._bus.transfer(tx)
        self._hw.busy(self._bus.duration_us(len(tx)))
        return rx

    def read(self, nbytes, write=0x00):
        return self._clocked(bytes([to_int(write) & 0xFF]) * to_int(nbytes))

    def readinto(self, buf, write=0x00):
        mv = writable(buf)
        mv[:] = self._clocked(bytes([to_int(write) & 0xFF]) * len(mv))

    def write(self, buf):
        self._clocked(buffer_bytes(buf))

    def write_readinto(self, write_buf, read_buf):
        tx = buffer_bytes(write_buf)
        mv = writable(read_buf)
        if len(tx) != len(mv):
            raise ValueError("buffers must be the same length")
        mv[:] = self._clocked(tx)


class SPI(SoftSPI):
    """machine.SPI(id, baudrate=1000000, *, polarity, phase, bits, firstbit): a controller."""

    def __init__(self, id, baudrate=1000000, *, polarity=0, phase=0, bits=8, firstbit=MSB,
                 sck=None, mosi=None, miso=None):
        ids = [k for k in getattr(self._hw.chip, "SPI", {}) if isinstance(k, int)]
        ident = {"X": 1, "Y": 2}.get(id, id) if isinstance(id, str) else to_int(id)
        reserved = {k for k, name in getattr(self._hw.chip, "SPI", {}).items()
                    if self._hw.chip.PERIPHERALS[name].extra.get("reserved")}
        if ident not in ids or ident in reserved:
            raise ValueError(f"SPI({id}) doesn't exist")
        self._bus = None
        self._id = ident
        self.init(baudrate, polarity=polarity, phase=phase, bits=bits, firstbit=firstbit)
