"""Decode a function's instructions into a list of ``Instr``.

Shared by the .mpy validator, the disassembler and the interpreter's pre-decoder, so it
does one thing: split the bytes into instructions and decode their operands, following
the argument formats of ``vm.bytecode.opcodes``.  It checks that every opcode is known and
that no instruction runs past ``end``; whether jump targets land on instruction
boundaries is the validator's business (``vm.mpy.validate``).
"""

from __future__ import annotations

from dataclasses import dataclass

from vm.bytecode import opcodes as _op
from vm.bytecode.opcodes import BYTE, DECODE, OFFSET, Opcode

__all__ = ["Instr", "decode", "decode_one"]

# A var-uint longer than this cannot come from any MicroPython build (64-bit words).
_MAX_VAR_BYTES = 10


@dataclass(frozen=True, slots=True)
class Instr:
    """One decoded instruction.

    ``offset`` is the absolute position of the opcode byte in the buffer passed to
    ``decode`` and ``size`` the instruction's length in bytes.  ``arg`` is:

    * QSTR format: the qstr-table index; VAR_UINT format: the value (signed for
      ``LOAD_CONST_SMALL_INT``);
    * OFFSET format: the absolute target offset of the jump (or handler);
    * multi-opcodes: the folded value (the small int, the local slot, the operator number);
    * otherwise ``None``.

    ``extra`` is the raw byte that follows ``UNWIND_JUMP`` (unwind count, 0x80 = also pop
    the iterator) and ``MAKE_CLOSURE[_DEFARGS]`` (number of closed-over cells), else
    ``None``.
    """

    offset: int
    op: Opcode
    arg: int | None
    extra: int | None
    size: int

    @property
    def next_offset(self) -> int:
        return self.offset + self.size

    def __repr__(self) -> str:
        extra = "" if self.extra is None else f" +{self.extra}"
        arg = "" if self.arg is None else f" {self.arg}"
        return f"<{self.offset}: {self.op.name}{arg}{extra}>"


def _multi_arg(code: int) -> int | None:
    if code >= _op.BINARY_OP_MULTI:
        return code - _op.BINARY_OP_MULTI if code < _op.BINARY_OP_MULTI + \
            _op.BINARY_OP_MULTI_NUM else None
    if code >= _op.UNARY_OP_MULTI:
        return code - _op.UNARY_OP_MULTI
    if code >= _op.STORE_FAST_MULTI:
        return code - _op.STORE_FAST_MULTI
    if code >= _op.LOAD_FAST_MULTI:
        return code - _op.LOAD_FAST_MULTI
    if code >= _op.LOAD_CONST_SMALL_INT_MULTI:
        return code - _op.LOAD_CONST_SMALL_INT_MULTI - _op.LOAD_CONST_SMALL_INT_MULTI_EXCESS
    return None


# Folded argument of each byte (None for non-multi opcodes), precomputed.
_MULTI_ARG: list[int | None] = [
    _multi_arg(b) if DECODE[b] is not None and DECODE[b].name.endswith(")") else None
    for b in range(256)
]


def decode_one(code: bytes, pos: int, end: int) -> Instr:
    """Decode the instruction at ``pos``; it must end at or before ``end``."""
    if pos >= end:
        raise ValueError(f"truncated bytecode at offset {pos}")
    byte = code[pos]
    op = DECODE[byte]
    if op is None:
        raise ValueError(f"unknown opcode 0x{byte:02x} at offset {pos}")
    i = pos + 1
    arg: int | None
    extra: int | None = None
    fmt = op.fmt
    if fmt == BYTE:
        arg = _MULTI_ARG[byte]
    elif fmt == OFFSET:
        if i >= end:
            raise ValueError(f"truncated jump offset at offset {pos}")
        b0 = code[i]
        if b0 & 0x80:
            if i + 1 >= end:
                raise ValueError(f"truncated jump offset at offset {pos}")
            rel = (b0 & 0x7F) | (code[i + 1] << 7)
            i += 2
            if op.signed:
                rel -= 0x4000
        else:
            rel = b0
            i += 1
            if op.signed:
                rel -= 0x40
        arg = i + rel
    else:  # QSTR or VAR_UINT
        if i >= end:
            raise ValueError(f"truncated operand at offset {pos}")
        b = code[i]
        i += 1
        arg = b & 0x7F
        if op.signed and arg & 0x40:
            arg -= 0x80
        n = 1
        while b & 0x80:
            if i >= end:
                raise ValueError(f"truncated operand at offset {pos}")
            if n >= _MAX_VAR_BYTES:
                raise ValueError(f"operand too long at offset {pos}")
            b = code[i]
            i += 1
            n += 1
            arg = (arg << 7) | (b & 0x7F)
    if op.extra_byte:
        if i >= end:
            raise ValueError(f"truncated extra byte at offset {pos}")
        extra = code[i]
        i += 1
    return Instr(pos, op, arg, extra, i - pos)


def decode(code: bytes, start: int, end: int) -> list[Instr]:
    """Decode every instruction in ``code[start:end]``.

    Raises ValueError on an unknown opcode or an instruction that runs past ``end``.
    """
    if not 0 <= start <= end <= len(code):
        raise ValueError(f"bad bytecode range {start}..{end} (length {len(code)})")
    out = []
    pos = start
    while pos < end:
        ins = decode_one(code, pos, end)
        out.append(ins)
        pos += ins.size
    return out
