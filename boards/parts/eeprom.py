"""A 24LC256-style serial EEPROM: 32 KiB, 2-byte addresses, 64-byte pages.

Datasheet behaviour (Microchip 24AA256/24LC256): a write sends the high then low address
byte, then up to one page of data; bytes past the page end wrap to the page start,
overwriting.  The internal write cycle starts at STOP and lasts `t_wc` (5 ms max), during
which the part does not acknowledge its address (so a driver can poll for completion).
Reads continue from the address pointer, wrapping from the last byte to 0.  The WP pin,
when given and high, blocks writes (they are acknowledged but not stored).
"""

from __future__ import annotations

from hal.periph.pin import Pin
from hal.periph.timebase import Clock


class EEPROM24:
    """`size` bytes (32768 for the 24LC256), `page` bytes per page; address 0x50..0x57."""

    I2C_ADDRESSES = tuple(range(0x50, 0x58))

    def __init__(self, clock: Clock, size: int = 32768, page: int = 64,
                 addr_bytes: int = 2, t_wc_us: int = 5000, wp: Pin | None = None) -> None:
        self.clock = clock
        self.size = size
        self.page = page
        self.addr_bytes = addr_bytes
        self.t_wc_us = t_wc_us
        self.wp = wp
        self.mem = bytearray(b"\xff" * size)  # erased cells read 0xFF
        self.pointer = 0
        self._busy_until = 0
        self._addr: list[int] = []
        self._pending: dict[int, int] = {}  # page-buffer contents: address -> byte
        self._write_ptr = 0
        self.write_cycles = 0

    def busy(self) -> bool:
        """In an internal write cycle (not acknowledging)."""
        return self.clock.now_us() < self._busy_until

    def i2c_start(self, read: bool) -> bool:
        if self.busy():
            return False
        self._addr = []
        self._pending = {}
        return True

    def i2c_write(self, byte: int) -> bool:
        if len(self._addr) < self.addr_bytes:
            self._addr.append(byte)
            if len(self._addr) == self.addr_bytes:
                a = 0
                for b in self._addr:
                    a = (a << 8) | b
                self.pointer = a % self.size
                self._write_ptr = self.pointer
            return True
        self._pending[self._write_ptr] = byte
        base = self._write_ptr - self._write_ptr % self.page
        self._write_ptr = base + (self._write_ptr + 1 - base) % self.page
        return True

    def i2c_read(self, ack: bool) -> int:
        value = self.mem[self.pointer]
        self.pointer = (self.pointer + 1) % self.size
        return value

    def i2c_stop(self) -> None:
        if self._pending:
            if self.wp is None or self.wp.level == 0:
                for a, b in self._pending.items():
                    self.mem[a] = b
            # The address counter ends after the last byte written (datasheet 7.2).
            self.pointer = self._write_ptr
            self._busy_until = self.clock.now_us() + self.t_wc_us
            self.write_cycles += 1
        self._pending = {}
