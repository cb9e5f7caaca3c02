"""pyb.I2C: the pyboard's I2C controllers in the pyb module's API.

``I2C(bus, I2C.CONTROLLER, baudrate=400000)``; send/recv (to an address), mem_read/
mem_write (register access, ``addr_size`` 8 or 16), is_ready, scan.  Data is an int (one
byte to send, or how many to receive) or a buffer; recv/mem_read return new bytes, or fill
the buffer given and return it.  Any NACK fails the call with OSError(EIO) as the port's
HAL reports it (machine.I2C says ENODEV for an absent address instead).  Transfers take
their wire time at the baudrate.  Peripheral (slave) mode is not emulated.
"""

from __future__ import annotations

import errno
from typing import Any

from drivers.binding import buffer_bytes, to_int, writable
from hal.periph.i2c import Read, Write


class I2C:
    """pyb.I2C(bus, mode=None, *, addr=0x12, baudrate=400000, gencall=False, dma=False)."""

    _hw: Any
    _port: Any
    CONTROLLER = MASTER = 0
    PERIPHERAL = SLAVE = 1

    def __init__(self, bus, mode=None, **kwargs):
        ident = {"X": 1, "Y": 2}.get(bus, bus) if isinstance(bus, str) else to_int(bus)
        if ident not in getattr(self._hw.chip, "I2C", {}):
            raise ValueError(f"I2C({bus}) doesn't exist")
        self._id = ident
        self._bus = self._hw.i2c_bus(ident)
        self._mode = None
        if mode is not None:
            self.init(mode, **kwargs)

    def init(self, mode, *, addr=0x12, baudrate=400000, gencall=False, dma=False):
        mode = to_int(mode)
        if mode == self.PERIPHERAL:
            raise ValueError("I2C peripheral mode is not emulated")
        if mode != self.CONTROLLER:
            raise ValueError("invalid mode")
        self._mode = mode
        self._bus.freq = to_int(baudrate)

    def deinit(self):
        self._mode = None

    def __mp_repr__(self) -> str:
        if self._mode is None:
            return f"I2C({self._id})"
        return f"I2C({self._id}, I2C.CONTROLLER, baudrate={self._bus.freq})"

    # ## Transfers

    def _run(self, addr, segments):
        if self._mode is None:
            raise OSError(errno.EPERM)  # not initialised
        res = self._bus.transfer(to_int(addr), segments)
        started = len(segments) if res.addr_ack else 1
        self._hw.busy(self._bus.duration_us(started + len(res.acks) + len(res.data)))
        if not res.addr_ack or res.nacked_at is not None:
            raise OSError(errno.EIO)
        return res

    @staticmethod
    def _payload(data) -> bytes:
        return bytes([to_int(data) & 0xFF]) if isinstance(data, int) else buffer_bytes(data)

    def _receive(self, data, fetch):
        if isinstance(data, int):
            return fetch(to_int(data))
        mv = writable(data)
        mv[:] = fetch(len(mv))
        return data

    def is_ready(self, addr):
        if self._mode is None:
            raise OSError(errno.EPERM)
        res = self._bus.transfer(to_int(addr), [Write(b"")])
        self._hw.busy(self._bus.duration_us(1))
        return res.addr_ack

    def scan(self):
        found = self._bus.scan()
        self._hw.busy(self._bus.duration_us(0x78 - 0x08))
        return found

    def send(self, send, addr=0x00, *, timeout=5000):
        self._run(addr, [Write(self._payload(send))])

    def recv(self, recv, addr=0x00, *, timeout=5000):
        return self._receive(recv, lambda n: self._run(addr, [Read(n)]).data)

    @staticmethod
    def _memaddr(memaddr, addr_size) -> bytes:
        size = to_int(addr_size)
        if size not in (8, 16):
            raise ValueError("addr_size must be 8 or 16")
        return (to_int(memaddr) & ((1 << size) - 1)).to_bytes(size // 8, "big")

    def mem_read(self, data, addr, memaddr, *, timeout=5000, addr_size=8):
        head = Write(self._memaddr(memaddr, addr_size))
        return self._receive(data, lambda n: self._run(addr, [head, Read(n)]).data)

    def mem_write(self, data, addr, memaddr, *, timeout=5000, addr_size=8):
        self._run(addr, [Write(self._memaddr(memaddr, addr_size) + self._payload(data))])
