"""Compiled code as the compiler produces it, the .mpy format stores it and the VM runs it.

The contract between ``vm/compile`` (produces), ``vm/mpy`` (reads/writes .mpy v6.3) and
``vm/interp`` (executes).  The layout mirrors MicroPython's persistent code so that an
.mpy file round-trips byte-for-byte:

* a ``CompiledModule`` owns the module-wide qstr table and constant table;
* a ``RawCode`` is one function (or the module's top level, or a class body) whose
  ``fun_data`` is the exact bytes stored in the .mpy: the encoded prelude (signature,
  size info, name and argument qstr indices, line-number info, cell list) followed by the
  bytecode.  Qstr operands in bytecode are indices into ``CompiledModule.qstrs``;
  ``LOAD_CONST_OBJ`` operands index ``CompiledModule.consts``;
  ``MAKE_FUNCTION``/``MAKE_CLOSURE`` operands index ``RawCode.children``.

Decoded prelude fields live in ``vm.bytecode.prelude.Prelude`` (``prelude.decode(fun_data)``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class CodeKind(IntEnum):
    """Raw-code kinds as numbered in the .mpy format."""

    BYTECODE = 0
    NATIVE_PY = 1
    NATIVE_VIPER = 2
    NATIVE_ASM = 3


@dataclass
class RawCode:
    """One compiled function body (see module docstring)."""

    kind: CodeKind
    fun_data: bytes
    children: list["RawCode"] = field(default_factory=list)
    # Native code only (kept verbatim so foreign .mpy files round-trip): the file's bytes
    # after fun_data except the children, in file order -- prelude offset or scope flags
    # (+ asm signature, viper rodata/bss sizes and rodata), then any viper relocations,
    # which the file stores after the children.
    native: bytes | None = None

    def walk(self):
        """This raw code and all its descendants, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class CompiledModule:
    """A whole compiled module: what one .mpy file holds."""

    qstrs: list[str]
    # str, bytes, int, float, complex, Ellipsis, None, True, False or a tuple of these
    # (native files also hold vm.mpy.format.FUN_TABLE)
    consts: list[object]
    root: RawCode
    # Header byte 2: the native arch in bits 2..5 and, only when arch != 0, the
    # sub-version (3) in bits 0..1; a bytecode-only file has 0 there (mpy-cross drops a
    # -march when it emitted no native code).
    arch: int = 0  # 0 = no native code
    arch_flags: int = 0  # v6.3: written (bit 6 of byte 2 + a var-uint) only when nonzero
    small_int_bits: int = 31  # mpy-cross default (header byte 3)
    source_file: str = "<stdin>"  # qstr 0 by convention; kept for tracebacks
