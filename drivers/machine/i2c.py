"""machine.I2C and machine.SoftI2C over `hal.periph.i2c.I2CBus`.

Everything is built on the bus's one primitive, `transfer(addr, segments)`, as MicroPython's
extmod/machine_i2c.c builds on its port's `transfer`; the raw start/stop/readinto/write map
onto the bus's byte level.  Errors are the ports': an address NACK is OSError(ENODEV); a
data NACK ends a write early and `writeto` returns how many bytes were ACKed (soft I2C, the
stm32 F4 and esp8266 drivers); a port that treats it as an error raises OSError(EIO).
"""

from __future__ import annotations

import errno
from typing import Any

from drivers.binding import buffer_bytes, to_int, writable
from hal.periph.i2c import Read, Write


def _pin_chip(pin_cls: type, pin: Any) -> str:
    return pin_cls._resolve(pin)


class SoftI2C:
    """machine.SoftI2C(scl, sda, *, freq=400000, timeout=50000): I2C bit-banged on two pins."""

    _hw: Any
    _port: Any
    _pin_cls: type
    #: Ports whose driver raises EIO on a data NACK (hardware I2C blocks, e.g. esp32).
    _data_nack_is_error = False

    def __init__(self, scl, sda, *, freq=400000, timeout=50000):
        self._bus = None
        self.init(scl, sda, freq=freq, timeout=timeout)

    def init(self, scl, sda, *, freq=400000, timeout=50000):
        scl_chip = _pin_chip(self._pin_cls, scl)
        sda_chip = _pin_chip(self._pin_cls, sda)
        self._bus = self._hw.i2c_bus(None, scl_chip, sda_chip)
        self._bus.freq = to_int(freq)
        self._timeout = to_int(timeout)
        self._desc = (scl_chip, sda_chip)

    def deinit(self):
        return None

    def __mp_repr__(self) -> str:
        scl, sda = self._desc
        return f"SoftI2C(scl={scl}, sda={sda}, freq={self._bus.freq})"

    # ## The transfer primitive and its errors

    def _transfer(self, addr, segments, stop=True):
        addr = to_int(addr)
        res = self._bus.transfer(addr, segments, stop=bool(stop))
        # The transfer holds the program for its wire time: an address byte per segment
        # started, then the data bytes that went out or came in.
        started = len(segments) if res.addr_ack else 1
        self._hw.busy(self._bus.duration_us(started + len(res.acks) + len(res.data)))
        code = res.errno(self._data_nack_is_error)
        if code is not None:
            raise OSError(code)
        return res

    # ## Standard bus operations

    def scan(self):
        """Addresses 0x08..0x77 that ACK (one address byte on the wire per probe)."""
        found = self._bus.scan()
        self._hw.busy(self._bus.duration_us(0x78 - 0x08))
        return found

    def readfrom(self, addr, nbytes, stop=True):
        return self._transfer(addr, [Read(to_int(nbytes))], stop).data

    def readfrom_into(self, addr, buf, stop=True):
        mv = writable(buf)
        data = self._transfer(addr, [Read(len(mv))], stop).data
        mv[:len(data)] = data

    def writeto(self, addr, buf, stop=True):
        """Write `buf`; returns the number of ACKed bytes."""
        return self._transfer(addr, [Write(buffer_bytes(buf))], stop).ack_count

    def writevto(self, addr, vector, stop=True):
        data = b"".join(buffer_bytes(b) for b in vector)
        return self._transfer(addr, [Write(data)], stop).ack_count

    # ## Memory operations

    @staticmethod
    def _memaddr(memaddr, addrsize) -> bytes:
        addrsize = to_int(addrsize)
        if addrsize not in (8, 16, 24, 32):
            raise ValueError("invalid addrsize")
        n = addrsize // 8
        return (to_int(memaddr) & ((1 << addrsize) - 1)).to_bytes(n, "big")

    def readfrom_mem(self, addr, memaddr, nbytes, *, addrsize=8):
        segs = [Write(self._memaddr(memaddr, addrsize)), Read(to_int(nbytes))]
        return self._transfer(addr, segs).data

    def readfrom_mem_into(self, addr, memaddr, buf, *, addrsize=8):
        mv = writable(buf)
        segs = [Write(self._memaddr(memaddr, addrsize)), Read(len(mv))]
        data = self._transfer(addr, segs).data
        mv[:len(data)] = data

    def writeto_mem(self, addr, memaddr, buf, *, addrsize=8):
        data = self._memaddr(memaddr, addrsize) + buffer_bytes(buf)
        res = self._transfer(addr, [Write(data)])
        if res.nacked_at is not None and self._data_nack_is_error:
            raise OSError(errno.EIO)

    # ## Raw bus primitives

    def start(self):
        self._bus.start()

    def stop(self):
        self._bus.stop()

    def write(self, buf):
        """Write bytes after a start(); returns how many were ACKed (stops at a NACK)."""
        n = 0
        for b in buffer_bytes(buf):
            ok = self._bus.write_byte(b)
            self._hw.busy(self._bus.duration_us(1))
            if not ok:
                break
            n += 1
        return n

    def readinto(self, buf, nack=True):
        """Read len(buf) bytes; the last is NACKed when `nack` is true."""
        mv = writable(buf)
        count = len(mv)
        for i in range(count):
            last = i == count - 1
            mv[i] = self._bus.read_byte(ack=not (last and nack))
        self._hw.busy(self._bus.duration_us(count))


class I2C(SoftI2C):
    """machine.I2C(id, *, scl, sda, freq=400000): a controller by number.

    On ports without I2C hardware (esp8266) it is the software driver on the given pins.
    """

    def __init__(self, id=-1, *, scl=None, sda=None, freq=400000, timeout=50000):
        hw = self._hw
        ids = [k for k in getattr(hw.chip, "I2C", {}) if isinstance(k, int) and k >= 0]
        self._bus = None
        if isinstance(id, str) or (isinstance(id, int) and id >= 0):
            ident = _controller_id(id)
            if ident not in ids:
                raise ValueError(f"I2C({id}) doesn't exist")
            self._id = ident
            self._bus = hw.i2c_bus(ident)
            self._bus.freq = to_int(freq)
            self._timeout = to_int(timeout)
            self._desc = (None, None)
            return
        if scl is None or sda is None:
            raise TypeError("'scl' argument required" if scl is None
                            else "'sda' argument required")
        self._id = -1
        self.init(scl, sda, freq=freq, timeout=timeout)

    def __mp_repr__(self) -> str:
        if self._id >= 0:
            return f"I2C({self._id}, freq={self._bus.freq}, timeout={self._timeout})"
        return super().__mp_repr__()


def _controller_id(ident: Any) -> int:
    """stm32 accepts 'X' and 'Y' for the pyboard's named positions (I2C1, I2C2)."""
    if isinstance(ident, str):
        return {"X": 1, "Y": 2}.get(ident.upper(), -99)
    return int(ident)
