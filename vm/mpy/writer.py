"""Write a ``CompiledModule`` as an .mpy v6.3 file, byte for byte as mpy-cross would.

The layout is described in ``vm.mpy.reader``.  Qstrs that are static (``static_qstrs``)
are written by number, the rest spelled out; numbers are written in MicroPython's repr
(``numrepr``).  Native raw codes are written back from the bytes kept in
``RawCode.native``.  A float or complex constant read from a file is written with the
text it had there (MicroPython's float printing cannot always be reproduced exactly).
"""

from __future__ import annotations

from vm.bytecode.prelude import write_var_uint as _uint
from vm.code import CodeKind, CompiledModule, RawCode
from vm.mpy import format as F
from vm.mpy.numrepr import complex_repr, float_repr
from vm.mpy.reader import NUMBER_TEXT_ATTR
from vm.mpy.static_qstrs import STATIC_INDEX

__all__ = ["dump"]


def _qstr(out: bytearray, s: str) -> None:
    idx = STATIC_INDEX.get(s)
    if idx is not None:
        out += _uint(idx << 1 | 1)
        return
    raw = s.encode("utf-8")
    out += _uint(len(raw) << 1)
    out += raw
    out.append(0)


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and repr(a) == repr(b)


def _obj(out: bytearray, o: object, texts: dict, path: tuple) -> None:
    # Order matters: bool is an int, and the singletons compare equal to other values.
    if o is F.FUN_TABLE:
        out.append(F.OBJ_FUN_TABLE)
    elif o is None:
        out.append(F.OBJ_NONE)
    elif o is False:
        out.append(F.OBJ_FALSE)
    elif o is True:
        out.append(F.OBJ_TRUE)
    elif o is Ellipsis:
        out.append(F.OBJ_ELLIPSIS)
    elif isinstance(o, tuple):
        out.append(F.OBJ_TUPLE)
        out += _uint(len(o))
        for i, item in enumerate(o):
            _obj(out, item, texts, path + (i,))
    elif isinstance(o, (str, bytes, bytearray)):
        raw = o.encode("utf-8") if isinstance(o, str) else bytes(o)
        out.append(F.OBJ_STR if isinstance(o, str) else F.OBJ_BYTES)
        out += _uint(len(raw))
        out += raw
        out.append(0)
    else:
        kept = texts.get(path)
        if isinstance(o, int):
            t, text = F.OBJ_INT, str(o)
        elif isinstance(o, float):
            t = F.OBJ_FLOAT
            text = kept[1] if kept and _same(kept[0], o) else float_repr(o)
        elif isinstance(o, complex):
            t = F.OBJ_COMPLEX
            text = kept[1] if kept and _same(kept[0], o) else complex_repr(o)
        else:
            raise ValueError(f"cannot store a {type(o).__name__} constant in an .mpy file")
        raw = text.encode("ascii")
        out.append(t)
        out += _uint(len(raw))
        out += raw


def _native_split(rc: RawCode) -> tuple[bytes, bytes]:
    """Split ``rc.native`` into the part before the children and the relocations after."""
    from vm.mpy.reader import _native_head, _Stream
    native = rc.native or b""
    s = _Stream(native)
    flags, _ = _native_head(s, rc.kind, rc.fun_data)
    return native[:s.pos], native[s.pos:] if flags & F.SCOPE_VIPERRELOC else b""


def _raw_code(out: bytearray, rc: RawCode) -> None:
    kind = CodeKind(rc.kind)
    out += _uint(len(rc.fun_data) << 3 | (4 if rc.children else 0) | kind)
    out += rc.fun_data
    tail = b""
    if kind != CodeKind.BYTECODE:
        head, tail = _native_split(rc)
        out += head
    if rc.children:
        out += _uint(len(rc.children))
        for child in rc.children:
            _raw_code(out, child)
    out += tail


def dump(module: CompiledModule) -> bytes:
    """Serialise ``module`` as an .mpy v6.3 file."""
    out = bytearray(b"M")
    out.append(F.VERSION)
    out.append(F.encode_feature(module.arch, module.arch_flags))
    out.append(module.small_int_bits)
    if module.arch and module.arch_flags:
        out += _uint(module.arch_flags)
    out += _uint(len(module.qstrs))
    out += _uint(len(module.consts))
    for q in module.qstrs:
        _qstr(out, q)
    texts = getattr(module, NUMBER_TEXT_ATTR, {})
    for i, c in enumerate(module.consts):
        _obj(out, c, texts, (i,))
    _raw_code(out, module.root)
    return bytes(out)
