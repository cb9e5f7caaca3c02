"""An I2C bus: targets at 7-bit or 10-bit addresses, byte-level conditions, one transfer.

The byte level (`start`, `write_byte`, `read_byte`, `stop`) is what SoftI2C's raw
start()/write()/readinto()/stop() map onto; `transfer(addr, segments)` is the primitive
machine.I2C's readfrom/writeto/readfrom_mem/writeto_mem/writevto/scan are built on, like
MicroPython's `mp_machine_i2c_p_t.transfer`.

Error mapping for the driver layer (MicroPython extmod/machine_i2c.c, soft I2C): a NACK on
the address byte is OSError(ENODEV); a NACK on a data byte ends the write early and
writeto() returns the number of ACKed bytes (hardware ports such as stm32 raise EIO there:
`TransferResult.errno()` reports which).
"""

from __future__ import annotations

import errno
from collections import deque
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from hal.periph.timebase import Clock


@runtime_checkable
class I2CTarget(Protocol):
    """What a part on the bus implements.  Each call is one bus event, in order."""

    def i2c_start(self, read: bool) -> bool:
        """(Repeated) START addressed to this part; return True to ACK the address."""

    def i2c_write(self, byte: int) -> bool:
        """A data byte from the controller; return True to ACK it."""

    def i2c_read(self, ack: bool) -> int:
        """Send the next byte; `ack` is False when the controller NACKs it (the last one)."""

    def i2c_stop(self) -> None:
        """STOP condition (also sent when another target is addressed after a restart)."""


@dataclass(frozen=True)
class Write:
    """One write segment: (repeated) START, address+W, then `data`."""

    data: bytes


@dataclass(frozen=True)
class Read:
    """One read segment: (repeated) START, address+R, then `n` bytes, the last one NACKed."""

    n: int


@dataclass
class TransferResult:
    """What happened on the wire during `transfer`."""

    addr_ack: bool = True
    acks: list[bool] = field(default_factory=list)  # one per data byte written
    data: bytes = b""  # all bytes read, in order
    nacked_at: int | None = None  # index of the first NACKed written byte

    @property
    def ack_count(self) -> int:
        """Bytes ACKed before the first NACK: what machine.I2C.writeto() returns."""
        return self.nacked_at if self.nacked_at is not None else len(self.acks)

    def errno(self, data_nack_is_error: bool = False) -> int | None:
        """ENODEV on an address NACK; EIO on a data NACK if the port treats it as an error."""
        if not self.addr_ack:
            return errno.ENODEV
        if data_nack_is_error and self.nacked_at is not None:
            return errno.EIO
        return None


@dataclass
class _Slot:
    target: I2CTarget
    connected: bool = True


def _ten_bit_header(addr: int, read: bool) -> int:
    return 0xF0 | ((addr >> 7) & 0x06) | (1 if read else 0)


class I2CBus:
    """A shared I2C bus.  `freq` is recorded and used for `duration_us`."""

    def __init__(self, name: str = "i2c", clock: Clock | None = None, freq: int = 400_000):
        self.name = name
        self.clock = clock
        self.freq = freq
        self._targets7: dict[int, _Slot] = {}
        self._targets10: dict[int, _Slot] = {}
        self._active: _Slot | None = None
        self._reading = False
        self._in_transaction = False
        self._expect_addr = False
        self._ten_bit_pending: int | None = None  # first 10-bit header seen, awaiting byte 2
        # Recent traffic for observation: (t_us, 'W'/'R', addr, data, addr_acked).
        self.log: deque[tuple[int, str, int, bytes, bool]] = deque(maxlen=4096)

    # -- wiring -------------------------------------------------------------
    def attach(self, target: I2CTarget, addr: int, ten_bit: bool = False) -> None:
        """Put `target` on the bus at `addr`; two parts may not share an address."""
        table = self._targets10 if ten_bit else self._targets7
        limit = 0x3FF if ten_bit else 0x7F
        if not 0 <= addr <= limit:
            raise ValueError(f"I2C address out of range: {addr:#x}")
        if addr in table:
            raise ValueError(f"{self.name}: address {addr:#x} already taken")
        table[addr] = _Slot(target)

    def detach(self, addr: int, ten_bit: bool = False) -> None:
        (self._targets10 if ten_bit else self._targets7).pop(addr)

    def set_connected(self, addr: int, connected: bool, ten_bit: bool = False) -> None:
        """Unplug (False) or replug (True) the part at `addr`: unplugged parts never ACK."""
        (self._targets10 if ten_bit else self._targets7)[addr].connected = connected

    def target_at(self, addr: int, ten_bit: bool = False) -> I2CTarget | None:
        slot = (self._targets10 if ten_bit else self._targets7).get(addr)
        return slot.target if slot else None

    def duration_us(self, nbytes: int) -> int:
        """Wire time of `nbytes` bytes (9 clocks each) at the bus frequency, rounded up."""
        return -(-nbytes * 9 * 1_000_000 // self.freq)

    def _now(self) -> int:
        return self.clock.now_us() if self.clock is not None else 0

    # -- byte level ---------------------------------------------------------
    def start(self) -> None:
        """START or repeated START: the next written byte is an address byte."""
        self._in_transaction = True
        self._expect_addr = True

    def stop(self) -> None:
        """STOP: the addressed part (if any) sees it; the bus goes idle."""
        if self._active is not None:
            self._active.target.i2c_stop()
        self._active = None
        self._in_transaction = False
        self._expect_addr = False
        self._ten_bit_pending = None

    def write_byte(self, byte: int) -> bool:
        """Clock one byte out; return the ACK (True) or NACK (False) seen on the 9th clock."""
        byte &= 0xFF
        if self._expect_addr:
            return self._address(byte)
        if self._ten_bit_pending is not None:
            hi = self._ten_bit_pending
            self._ten_bit_pending = None
            slot = self._targets10.get(hi | byte)
            if slot is None or not slot.connected:
                return False
            return self._select(slot, read=False)
        if self._active is None or self._reading:
            return False  # nobody listening: SDA stays high, a NACK
        return bool(self._active.target.i2c_write(byte))

    def read_byte(self, ack: bool) -> int:
        """Clock one byte in from the addressed part; `ack` False ends the read (NACK)."""
        if self._active is None or not self._reading:
            return 0xFF  # released SDA reads high
        return self._active.target.i2c_read(ack) & 0xFF

    def _address(self, byte: int) -> bool:
        self._expect_addr = False
        read = bool(byte & 1)
        if byte & 0xF8 == 0xF0:
            # 10-bit header 11110xx: a write header carries the top bits, byte 2 the rest;
            # a read header after a restart re-addresses the part selected by the last write.
            hi = (byte & 0x06) << 7
            if not read:
                if self._active is not None:
                    self._active.target.i2c_stop()
                    self._active = None
                if not any(a & 0x300 == hi for a, s in self._targets10.items() if s.connected):
                    return False
                self._ten_bit_pending = hi
                return True
            slot = self._active
            if slot is None or slot not in self._targets10.values() or not slot.connected:
                return False
            return self._select(slot, read=True)
        slot = self._targets7.get(byte >> 1)
        if self._active is not None and self._active is not slot:
            self._active.target.i2c_stop()
            self._active = None
        if slot is None or not slot.connected:
            self._active = None
            return False
        return self._select(slot, read)

    def _select(self, slot: _Slot, read: bool) -> bool:
        ok = bool(slot.target.i2c_start(read))
        self._active = slot if ok else None
        self._reading = read
        return ok

    # -- the transfer primitive -------------------------------------------------
    def transfer(
        self,
        addr: int,
        segments: list[Write | Read],
        stop: bool = True,
        ten_bit: bool = False,
    ) -> TransferResult:
        """Run `segments` against `addr`, each after a (repeated) START; STOP at the end.

        An address NACK sends STOP at once (as MicroPython does) and skips the rest; a data
        NACK ends that write segment and the transfer.  With stop=False the bus is left held
        so the next transfer begins with a repeated START.
        """
        res = TransferResult()
        out = bytearray()
        for seg in segments:
            read = isinstance(seg, Read)
            self.start()
            if ten_bit:
                ok = self.write_byte(_ten_bit_header(addr, False))
                ok = ok and self.write_byte(addr & 0xFF)
                if ok and read:
                    self.start()
                    ok = self.write_byte(_ten_bit_header(addr, True))
            else:
                ok = self.write_byte((addr << 1) | int(read))
            if not ok:
                res.addr_ack = False
                self.stop()
                self._log("R" if read else "W", addr, b"", False)
                res.data = bytes(out)
                return res
            if read:
                chunk = bytes(self.read_byte(ack=i < seg.n - 1) for i in range(seg.n))
                out += chunk
                self._log("R", addr, chunk, True)
            else:
                sent = bytearray()
                for b in seg.data:
                    ack = self.write_byte(b)
                    res.acks.append(ack)
                    sent.append(b)
                    if not ack:
                        res.nacked_at = len(res.acks) - 1
                        break
                self._log("W", addr, bytes(sent), True)
                if res.nacked_at is not None:
                    break
        if stop:
            self.stop()
        res.data = bytes(out)
        return res

    def scan(self) -> list[int]:
        """Addresses 0x08..0x77 that ACK an empty write, as machine.I2C.scan() probes."""
        found = []
        for addr in range(0x08, 0x78):
            if self.transfer(addr, [Write(b"")]).addr_ack:
                found.append(addr)
        return found

    def _log(self, kind: str, addr: int, data: bytes, ack: bool) -> None:
        self.log.append((self._now(), kind, addr, data, ack))
