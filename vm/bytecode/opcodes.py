"""MicroPython v6 bytecode: every opcode, its number and its argument format, in one table.

This is the single source of truth for the compiler's emitter, the .mpy validator, the
disassembler and the interpreter's dispatch table; ``tests/vm/bytecode/test_opcodes.py``
fails when one of them lacks an entry.  Numbers and formats follow MicroPython's
``py/bc0.h`` (bytecode v6, unchanged through v1.29); operator numbering follows
``py/runtime0.h``.

Argument formats (the high nibble of an opcode selects one, see ``FORMAT_OF``):

* ``BYTE``     no argument
* ``QSTR``     a var-uint index into the module's qstr table
* ``VAR_UINT`` a var-uint (``LOAD_CONST_SMALL_INT`` is a *signed* var-int)
* ``OFFSET``   a jump offset: one byte if < 0x80 else two bytes (15 bits, little end
  first, high bit of the first byte set); signed jumps (``UNWIND_JUMP``, ``JUMP``,
  ``POP_JUMP_IF_TRUE``/``FALSE``) are stored "in excess" of 0x4000 (one-byte form: excess
  0x40); the others are forward-only and unsigned.  A jump is relative to the end of its
  offset bytes (for ``UNWIND_JUMP``: before its extra byte)

Some opcodes are followed by one extra raw byte (``EXTRA_BYTE``): ``UNWIND_JUMP`` (the
number of unwinds) and ``MAKE_CLOSURE``/``MAKE_CLOSURE_DEFARGS`` (number of closed-over
cells).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

# ## Argument formats

BYTE, QSTR, VAR_UINT, OFFSET = 0, 1, 2, 3


def FORMAT_OF(op: int) -> int:
    """Argument format of opcode byte ``op`` (MicroPython's MP_BC_FORMAT magic)."""
    return (0x000003A4 >> (2 * (op >> 4))) & 3


# ## Multi-opcodes: the argument is folded into the opcode byte

LOAD_CONST_SMALL_INT_MULTI = 0x70  # 0x70..0xaf: small ints -16..47
LOAD_CONST_SMALL_INT_MULTI_NUM = 64
LOAD_CONST_SMALL_INT_MULTI_EXCESS = 16
LOAD_FAST_MULTI = 0xB0  # 0xb0..0xbf: locals 0..15
LOAD_FAST_MULTI_NUM = 16
STORE_FAST_MULTI = 0xC0  # 0xc0..0xcf: locals 0..15
STORE_FAST_MULTI_NUM = 16
UNARY_OP_MULTI = 0xD0  # 0xd0..0xd3: UnaryOp 0..3
BINARY_OP_MULTI = 0xD7  # 0xd7..0xf9: BinaryOp 0..34


class UnaryOp(IntEnum):
    """Unary operators that may appear in bytecode (runtime0.h order)."""

    POSITIVE = 0
    NEGATIVE = 1
    INVERT = 2
    NOT = 3


UNARY_OP_MULTI_NUM = len(UnaryOp)


class BinaryOp(IntEnum):
    """Binary operators that may appear in bytecode (runtime0.h order)."""

    LESS = 0
    MORE = 1
    EQUAL = 2
    LESS_EQUAL = 3
    MORE_EQUAL = 4
    NOT_EQUAL = 5
    IN = 6
    IS = 7
    EXCEPTION_MATCH = 8
    INPLACE_OR = 9
    INPLACE_XOR = 10
    INPLACE_AND = 11
    INPLACE_LSHIFT = 12
    INPLACE_RSHIFT = 13
    INPLACE_ADD = 14
    INPLACE_SUBTRACT = 15
    INPLACE_MULTIPLY = 16
    INPLACE_MAT_MULTIPLY = 17
    INPLACE_FLOOR_DIVIDE = 18
    INPLACE_TRUE_DIVIDE = 19
    INPLACE_MODULO = 20
    INPLACE_POWER = 21
    OR = 22
    XOR = 23
    AND = 24
    LSHIFT = 25
    RSHIFT = 26
    ADD = 27
    SUBTRACT = 28
    MULTIPLY = 29
    MAT_MULTIPLY = 30
    FLOOR_DIVIDE = 31
    TRUE_DIVIDE = 32
    MODULO = 33
    POWER = 34


BINARY_OP_MULTI_NUM = len(BinaryOp)

# Operators the runtime knows but bytecode never contains (special-method identities).
BINARY_OP_DIVMOD = 35
BINARY_OP_CONTAINS = 36


# ## The opcode table


@dataclass(frozen=True)
class Opcode:
    """One opcode: its byte, name, argument format and whether a raw byte follows."""

    code: int
    name: str
    fmt: int
    extra_byte: bool = False
    signed: bool = False  # signed jump offset / signed var-int argument

    @property
    def is_jump(self) -> bool:
        return self.fmt == OFFSET


_Q, _V, _O, _B = QSTR, VAR_UINT, OFFSET, BYTE

# (name, code, extra_byte, signed).  The format comes from the opcode's high nibble,
# so it cannot disagree with the decoder.
_TABLE = [
    # Load
    ("LOAD_CONST_FALSE", 0x50, False, False),
    ("LOAD_CONST_NONE", 0x51, False, False),
    ("LOAD_CONST_TRUE", 0x52, False, False),
    ("LOAD_CONST_SMALL_INT", 0x22, False, True),
    ("LOAD_CONST_STRING", 0x10, False, False),
    ("LOAD_CONST_OBJ", 0x23, False, False),
    ("LOAD_NULL", 0x53, False, False),
    ("LOAD_FAST_N", 0x24, False, False),
    ("LOAD_DEREF", 0x25, False, False),
    ("LOAD_NAME", 0x11, False, False),
    ("LOAD_GLOBAL", 0x12, False, False),
    ("LOAD_ATTR", 0x13, False, False),
    ("LOAD_METHOD", 0x14, False, False),
    ("LOAD_SUPER_METHOD", 0x15, False, False),
    ("LOAD_BUILD_CLASS", 0x54, False, False),
    ("LOAD_SUBSCR", 0x55, False, False),
    # Store
    ("STORE_FAST_N", 0x26, False, False),
    ("STORE_DEREF", 0x27, False, False),
    ("STORE_NAME", 0x16, False, False),
    ("STORE_GLOBAL", 0x17, False, False),
    ("STORE_ATTR", 0x18, False, False),
    ("STORE_SUBSCR", 0x56, False, False),
    # Delete
    ("DELETE_FAST", 0x28, False, False),
    ("DELETE_DEREF", 0x29, False, False),
    ("DELETE_NAME", 0x19, False, False),
    ("DELETE_GLOBAL", 0x1A, False, False),
    # Stack
    ("DUP_TOP", 0x57, False, False),
    ("DUP_TOP_TWO", 0x58, False, False),
    ("POP_TOP", 0x59, False, False),
    ("ROT_TWO", 0x5A, False, False),
    ("ROT_THREE", 0x5B, False, False),
    # Jumps and blocks
    ("UNWIND_JUMP", 0x40, True, True),
    ("JUMP", 0x42, False, True),
    ("POP_JUMP_IF_TRUE", 0x43, False, True),
    ("POP_JUMP_IF_FALSE", 0x44, False, True),
    ("JUMP_IF_TRUE_OR_POP", 0x45, False, False),  # forward only: unsigned
    ("JUMP_IF_FALSE_OR_POP", 0x46, False, False),  # forward only: unsigned
    ("SETUP_WITH", 0x47, False, False),
    ("SETUP_EXCEPT", 0x48, False, False),
    ("SETUP_FINALLY", 0x49, False, False),
    ("POP_EXCEPT_JUMP", 0x4A, False, False),
    ("FOR_ITER", 0x4B, False, False),
    ("WITH_CLEANUP", 0x5C, False, False),
    ("END_FINALLY", 0x5D, False, False),
    ("GET_ITER", 0x5E, False, False),
    ("GET_ITER_STACK", 0x5F, False, False),
    # Build and unpack
    ("BUILD_TUPLE", 0x2A, False, False),
    ("BUILD_LIST", 0x2B, False, False),
    ("BUILD_MAP", 0x2C, False, False),
    ("STORE_MAP", 0x62, False, False),
    ("BUILD_SET", 0x2D, False, False),
    ("BUILD_SLICE", 0x2E, False, False),
    ("STORE_COMP", 0x2F, False, False),
    ("UNPACK_SEQUENCE", 0x30, False, False),
    ("UNPACK_EX", 0x31, False, False),
    # Return, raise, yield
    ("RETURN_VALUE", 0x63, False, False),
    ("RAISE_LAST", 0x64, False, False),
    ("RAISE_OBJ", 0x65, False, False),
    ("RAISE_FROM", 0x66, False, False),
    ("YIELD_VALUE", 0x67, False, False),
    ("YIELD_FROM", 0x68, False, False),
    # Functions and calls
    ("MAKE_FUNCTION", 0x32, False, False),
    ("MAKE_FUNCTION_DEFARGS", 0x33, False, False),
    ("MAKE_CLOSURE", 0x20, True, False),
    ("MAKE_CLOSURE_DEFARGS", 0x21, True, False),
    ("CALL_FUNCTION", 0x34, False, False),
    ("CALL_FUNCTION_VAR_KW", 0x35, False, False),
    ("CALL_METHOD", 0x36, False, False),
    ("CALL_METHOD_VAR_KW", 0x37, False, False),
    # Imports
    ("IMPORT_NAME", 0x1B, False, False),
    ("IMPORT_FROM", 0x1C, False, False),
    ("IMPORT_STAR", 0x69, False, False),
]

#: name -> Opcode, for the single-form opcodes (multi-opcodes are ranges, below).
OPCODES: dict[str, Opcode] = {
    name: Opcode(code, name, FORMAT_OF(code), extra, signed)
    for name, code, extra, signed in _TABLE
}

# Module-level constants (opcodes.JUMP == 0x42 …) for emitters and tests.
globals().update({name: op.code for name, op in OPCODES.items()})


def _build_decode_table() -> list[Opcode | None]:
    table: list[Opcode | None] = [None] * 256
    for op in OPCODES.values():
        table[op.code] = op
    for i in range(LOAD_CONST_SMALL_INT_MULTI_NUM):
        n = i - LOAD_CONST_SMALL_INT_MULTI_EXCESS
        table[LOAD_CONST_SMALL_INT_MULTI + i] = Opcode(
            LOAD_CONST_SMALL_INT_MULTI + i, f"LOAD_CONST_SMALL_INT_MULTI({n})", BYTE)
    for i in range(LOAD_FAST_MULTI_NUM):
        table[LOAD_FAST_MULTI + i] = Opcode(LOAD_FAST_MULTI + i, f"LOAD_FAST_MULTI({i})", BYTE)
        table[STORE_FAST_MULTI + i] = Opcode(STORE_FAST_MULTI + i, f"STORE_FAST_MULTI({i})",
                                             BYTE)
    for op in UnaryOp:
        table[UNARY_OP_MULTI + op] = Opcode(UNARY_OP_MULTI + op, f"UNARY_OP_MULTI({op.name})",
                                            BYTE)
    for op in BinaryOp:
        table[BINARY_OP_MULTI + op] = Opcode(BINARY_OP_MULTI + op,
                                             f"BINARY_OP_MULTI({op.name})", BYTE)
    return table


#: byte -> Opcode (None for bytes that are not opcodes).  Decoders index this.
DECODE: list[Opcode | None] = _build_decode_table()


def is_valid(byte: int) -> bool:
    """True when ``byte`` starts an instruction."""
    return DECODE[byte] is not None
