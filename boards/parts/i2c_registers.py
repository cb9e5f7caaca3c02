"""The common I2C register-pointer protocol most sensor parts speak.

A write transaction's first byte sets the register pointer; further bytes write registers
(auto-incrementing unless the part says otherwise); a read returns registers from the
pointer on, auto-incrementing.  Parts supply `read_reg` / `write_reg`.
"""

from __future__ import annotations


class RegisterI2CTarget:
    """Base for parts addressed as a register file over I2C."""

    #: whether multi-byte writes auto-increment the pointer (False: register/value pairs)
    write_autoincrement = True

    def __init__(self) -> None:
        self.pointer = 0
        self._first = True
        self._pair_reg: int | None = None

    def read_reg(self, reg: int) -> int:
        raise NotImplementedError

    def write_reg(self, reg: int, value: int) -> None:
        raise NotImplementedError

    def next_reg(self, reg: int) -> int:
        """The register after `reg` in an auto-increment sequence."""
        return (reg + 1) & 0xFF

    def i2c_start(self, read: bool) -> bool:
        self._first = not read
        self._pair_reg = None
        return True

    def i2c_write(self, byte: int) -> bool:
        if self.write_autoincrement:
            if self._first:
                self.pointer = byte
                self._first = False
            else:
                self.write_reg(self.pointer, byte)
                self.pointer = self.next_reg(self.pointer)
            return True
        # Register/value pairs; the pointer keeps the last register address for reads.
        if self._pair_reg is None:
            self._pair_reg = byte
            self.pointer = byte
        else:
            self.write_reg(self._pair_reg, byte)
            self._pair_reg = None
        return True

    def i2c_read(self, ack: bool) -> int:
        value = self.read_reg(self.pointer)
        self.pointer = self.next_reg(self.pointer)
        return value

    def i2c_stop(self) -> None:
        self._pair_reg = None
