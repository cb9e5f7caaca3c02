"""Read an .mpy v6.3 file into a ``CompiledModule``.

File layout (``py/persistentcode.c``)::

    header      'M' 6 feature small_int_bits [arch_flags var-uint, if feature bit 6]
    n_qstr      var-uint
    n_obj       var-uint
    qstrs       n_qstr x (var-uint L: odd -> static qstr L >> 1;
                          even -> L >> 1 bytes of UTF-8 then a NUL)
    objects     n_obj x (type byte [payload])        see ``_read_obj``
    raw code    var-uint (len << 3 | has_children << 2 | kind), fun_data,
                [native head], [var-uint n_children, children...], [native relocations]

Every malformed input ends in ``ValueError``; nothing is trusted (lengths are checked
against what is left of the file, nesting is bounded).  ``load`` then runs the
validator unless asked not to.
"""

from __future__ import annotations

import re

from vm.code import CodeKind, CompiledModule, RawCode
from vm.mpy import format as F
from vm.mpy.static_qstrs import STATIC_QSTRS

__all__ = ["load", "read", "NUMBER_TEXT_ATTR"]

#: Attribute of a module read from a file: {const path: (value, text as in the file)} for
#: float and complex constants (see ``_read_obj``); the writer reuses the text.
NUMBER_TEXT_ATTR = "_mpy_number_text"

_MAX_VAR_UINT_BYTES = 10
MAX_NESTING = 200  # raw-code and tuple nesting; real programs stay far below

_INT_RE = re.compile(rb"-?[0-9]+")
_FLOAT_RE = re.compile(rb"-?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?|inf|nan)")


class _Stream:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    @property
    def left(self) -> int:
        return len(self.data) - self.pos

    def byte(self, what: str) -> int:
        if self.pos >= len(self.data):
            raise ValueError(f"truncated .mpy file (in {what})")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def take(self, n: int, what: str) -> bytes:
        if n > self.left:
            raise ValueError(f"truncated .mpy file ({what} needs {n} bytes, "
                             f"{self.left} left)")
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def uint(self, what: str) -> int:
        value = 0
        for _ in range(_MAX_VAR_UINT_BYTES):
            b = self.byte(what)
            value = (value << 7) | (b & 0x7F)
            if not b & 0x80:
                return value
        raise ValueError(f"var-uint too long (in {what})")

    def count(self, what: str) -> int:
        """A count of items that each take at least one byte of what is left."""
        n = self.uint(what)
        if n > self.left:
            raise ValueError(f"{what} {n} exceeds the remaining file size")
        return n


def _read_header(s: _Stream) -> tuple[int, int, int]:
    if s.left < 4:
        raise ValueError("incompatible .mpy file")
    magic, version, feature, small_int_bits = s.take(4, "header")
    arch, sub_version, has_flags = F.decode_feature(feature)
    if magic != F.MAGIC or version != F.VERSION or (arch != 0 and sub_version != F.SUB_VERSION):
        raise ValueError("incompatible .mpy file")
    if arch == 0 and has_flags:
        raise ValueError("incompatible .mpy file")
    arch_flags = s.uint("arch flags") if has_flags else 0
    if has_flags and arch_flags == 0:
        raise ValueError("arch flags present but zero")
    return arch, arch_flags, small_int_bits


def _read_qstr(s: _Stream, i: int) -> str:
    n = s.uint("qstr table")
    if n & 1:
        idx = n >> 1
        if not 0 < idx < len(STATIC_QSTRS):
            raise ValueError(f"qstr {i}: static qstr number {idx} out of range")
        return STATIC_QSTRS[idx]
    raw = s.take(n >> 1, f"qstr {i}")
    if s.byte(f"qstr {i}") != 0:
        raise ValueError(f"qstr {i}: missing NUL terminator")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(f"qstr {i}: not valid UTF-8") from None


def _parse_float(text: bytes, where: str) -> float:
    if not _FLOAT_RE.fullmatch(text):
        raise ValueError(f"{where}: malformed float {text[:40]!r}")
    return float(text)


def _parse_complex(text: bytes, where: str) -> complex:
    bad = ValueError(f"{where}: malformed complex {text[:40]!r}")
    if text.startswith(b"(") and text.endswith(b"j)"):
        body = text[1:-2]
        m = re.fullmatch(rb"(-?[^-+]+(?:e[-+][0-9]+)?)([-+][^-+]+(?:e[-+][0-9]+)?)", body)
        if not m:
            raise bad
        real, imag = m.group(1), m.group(2).lstrip(b"+")
        return complex(_parse_float(real, where), _parse_float(imag, where))
    if text.endswith(b"j"):
        return complex(0.0, _parse_float(text[:-1], where))
    raise bad


def _read_obj(s: _Stream, where: str, texts: dict, path: tuple, depth: int = 0) -> object:
    t = s.byte(where)
    if t == F.OBJ_FUN_TABLE:
        return F.FUN_TABLE
    if t == F.OBJ_NONE:
        return None
    if t == F.OBJ_FALSE:
        return False
    if t == F.OBJ_TRUE:
        return True
    if t == F.OBJ_ELLIPSIS:
        return Ellipsis
    if t == F.OBJ_TUPLE:
        if depth >= MAX_NESTING:
            raise ValueError(f"{where}: tuples nested too deeply")
        n = s.count(f"{where} tuple length")
        return tuple(_read_obj(s, where, texts, path + (i,), depth + 1) for i in range(n))
    if t not in (F.OBJ_STR, F.OBJ_BYTES, F.OBJ_INT, F.OBJ_FLOAT, F.OBJ_COMPLEX):
        raise ValueError(f"{where}: unknown object type {t}")
    n = s.uint(where)
    raw = s.take(n, where)
    if t in (F.OBJ_STR, F.OBJ_BYTES):
        if s.byte(where) != 0:
            raise ValueError(f"{where}: missing NUL terminator")
        if t == F.OBJ_BYTES:
            return raw
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError(f"{where}: str is not valid UTF-8") from None
    if t == F.OBJ_INT:
        if not _INT_RE.fullmatch(raw):
            raise ValueError(f"{where}: malformed int {raw[:40]!r}")
        try:
            return int(raw)
        except ValueError:  # more digits than the host allows converting
            raise ValueError(f"{where}: int constant too long") from None
    value = _parse_float(raw, where) if t == F.OBJ_FLOAT else _parse_complex(raw, where)
    # MicroPython's float printing is not always the shortest round-trip form; keep the
    # file's text so that the module writes back byte for byte.
    texts[path] = (value, raw.decode("ascii"))
    return value


def _native_head(s: _Stream, kind: int, fun_data: bytes) -> tuple[int, int]:
    """Consume the part of a native raw code between fun_data and its children.

    Returns (scope flags, start position of the head)."""
    start = s.pos
    if kind == CodeKind.NATIVE_PY:
        prelude_offset = s.uint("native prelude offset")
        if prelude_offset >= len(fun_data):
            raise ValueError("native prelude offset outside its code")
        from vm.bytecode import prelude
        flags = prelude.decode(fun_data[prelude_offset:]).scope_flags
        return flags, start
    flags = s.uint("native scope flags")
    if kind == CodeKind.NATIVE_ASM:
        s.uint("asm argument count")
        s.uint("asm type signature")
    if kind == CodeKind.NATIVE_VIPER:
        rodata = s.uint("viper rodata size") if flags & F.SCOPE_VIPERRODATA else 0
        if flags & F.SCOPE_VIPERBSS:
            s.uint("viper bss size")
        s.take(rodata, "viper rodata")
    return flags, start


def _native_relocations(s: _Stream) -> None:
    while True:
        op = s.byte("native relocations")
        if op == 0xFF:
            return
        if op & 1:
            s.uint("native relocations")
        op >>= 1
        if op <= 5 and op & 1:
            s.uint("native relocations")


def _read_raw_code(s: _Stream, depth: int) -> RawCode:
    if depth >= MAX_NESTING:
        raise ValueError("raw code nested too deeply")
    kind_len = s.uint("raw code header")
    kind = CodeKind(kind_len & 3)
    has_children = bool(kind_len & 4)
    fun_data = s.take(kind_len >> 3, "function data")
    native = None
    flags = 0
    if kind != CodeKind.BYTECODE:
        flags, head_start = _native_head(s, kind, fun_data)
        native = s.data[head_start:s.pos]
    children = []
    if has_children:
        n = s.count("child count")
        children = [_read_raw_code(s, depth + 1) for _ in range(n)]
    if kind != CodeKind.BYTECODE and flags & F.SCOPE_VIPERRELOC:
        tail_start = s.pos
        _native_relocations(s)
        native += s.data[tail_start:s.pos]
    return RawCode(kind, fun_data, children, native)


def read(data: bytes) -> CompiledModule:
    """Parse an .mpy file without validating the bytecode (format errors still raise)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("read() needs bytes")
    s = _Stream(bytes(data))
    arch, arch_flags, small_int_bits = _read_header(s)
    n_qstr = s.count("qstr count")
    n_obj = s.count("constant count")
    qstrs = [_read_qstr(s, i) for i in range(n_qstr)]
    texts: dict = {}
    consts = [_read_obj(s, f"constant {i}", texts, (i,)) for i in range(n_obj)]
    root = _read_raw_code(s, 0)
    if s.left:
        raise ValueError(f"{s.left} bytes of trailing data after the module")
    module = CompiledModule(qstrs=qstrs, consts=consts, root=root, arch=arch,
                            arch_flags=arch_flags, small_int_bits=small_int_bits,
                            source_file=qstrs[0] if qstrs else "")
    if texts:
        setattr(module, NUMBER_TEXT_ATTR, texts)
    return module


def load(data: bytes, *, validate: bool = True) -> CompiledModule:
    """Read an .mpy file; by default also validate it for execution (``vm.mpy.validate``).

    Raises ValueError for anything malformed, ``ValueError('incompatible .mpy file')``
    for a wrong magic, version or sub-version.
    """
    module = read(data)
    if validate:
        from vm.mpy.validate import validate as _validate
        _validate(module)
    return module
