"""Constants of the .mpy v6.3 container format (``py/persistentcode.h``).

Header: ``b'M'``, version 6, a feature byte, the number of bits in a small int.  The
feature byte holds the native architecture in bits 2..5 and, only when an architecture
is set, the sub-version (3) in bits 0..1; bit 6 says an architecture-flags var-uint
follows the header.  A file with bytecode only has feature byte 0.
"""

from __future__ import annotations

__all__ = [
    "MAGIC", "VERSION", "SUB_VERSION", "ARCH_FLAGS_PRESENT", "ARCH_NAMES",
    "OBJ_FUN_TABLE", "OBJ_NONE", "OBJ_FALSE", "OBJ_TRUE", "OBJ_ELLIPSIS", "OBJ_STR",
    "OBJ_BYTES", "OBJ_INT", "OBJ_FLOAT", "OBJ_COMPLEX", "OBJ_TUPLE", "FUN_TABLE",
    "SCOPE_VIPERRELOC", "SCOPE_VIPERRODATA", "SCOPE_VIPERBSS",
    "encode_feature", "decode_feature",
]

MAGIC = ord("M")
VERSION = 6
SUB_VERSION = 3
ARCH_FLAGS_PRESENT = 0x40

#: Native architecture numbers (``MP_NATIVE_ARCH_*``) as named by mpy-cross ``-march=``.
ARCH_NAMES = {
    0: "none", 1: "x86", 2: "x64", 3: "armv6", 4: "armv6m", 5: "armv7m", 6: "armv7em",
    7: "armv7emsp", 8: "armv7emdp", 9: "xtensa", 10: "xtensawin", 11: "rv32imc",
    12: "rv64imc",
}

# Constant-object type bytes (MP_PERSISTENT_OBJ_*).
OBJ_FUN_TABLE = 0
OBJ_NONE = 1
OBJ_FALSE = 2
OBJ_TRUE = 3
OBJ_ELLIPSIS = 4
OBJ_STR = 5
OBJ_BYTES = 6
OBJ_INT = 7
OBJ_FLOAT = 8
OBJ_COMPLEX = 9
OBJ_TUPLE = 10

# Scope flags that only native raw codes carry in the file (``py/runtime0.h``).
SCOPE_VIPERRELOC = 0x10
SCOPE_VIPERRODATA = 0x20
SCOPE_VIPERBSS = 0x40


class _FunTable:
    """The native-code function table placeholder in a constant table (native .mpy only)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "<fun_table>"


#: The one placeholder object for an ``OBJ_FUN_TABLE`` constant.
FUN_TABLE = _FunTable()


def encode_feature(arch: int, arch_flags: int) -> int:
    """The header's feature byte for ``arch`` (0 = bytecode only)."""
    if arch == 0:
        return 0
    return SUB_VERSION | (arch << 2) | (ARCH_FLAGS_PRESENT if arch_flags else 0)


def decode_feature(feature: int) -> tuple[int, int, bool]:
    """(arch, sub_version, arch_flags_present) from the header's feature byte."""
    return (feature >> 2) & 0xF, feature & 3, bool(feature & ARCH_FLAGS_PRESENT)
