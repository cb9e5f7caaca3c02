"""The ROM qstr pool: every interned string the frozen modules need, stored once.

A .mpy v6 file opens with a qstr table: each entry is a varuint ``n``; odd ``n`` is an index
into the VM's static qstr table (already in ROM), even ``n`` is followed by ``n >> 1`` bytes
of UTF-8 and a NUL.  The pool holds the non-static ones of every frozen module, sorted and
unique, each as ``hash (2 bytes LE), length (varuint), bytes`` after a small header, so
the VM can intern them at boot without touching the heap.
"""

from __future__ import annotations

import struct

from vm.bytecode.prelude import read_var_uint, write_var_uint

POOL_MAGIC = b"MQP1"
HASH_BYTES = 2


class MpyFormatError(ValueError):
    """The bytes are not a .mpy file this reader understands."""


def _read_varuint(data: bytes, pos: int) -> tuple[int, int]:
    """The .mpy var-uint at ``pos``; malformed input is this module's MpyFormatError."""
    try:
        return read_var_uint(data, pos)
    except ValueError as exc:
        raise MpyFormatError(str(exc)) from None


def mpy_qstrs(mpy: bytes) -> tuple[list[str], list[int]]:
    """The qstr table of one .mpy: (interned strings, static-qstr indices)."""
    if len(mpy) < 4 or mpy[0] != ord("M") or mpy[1] != 6:
        raise MpyFormatError("not a .mpy v6 file")
    pos = 4
    n_qstr, pos = _read_varuint(mpy, pos)
    _n_obj, pos = _read_varuint(mpy, pos)
    strings: list[str] = []
    static: list[int] = []
    for _ in range(n_qstr):
        n, pos = _read_varuint(mpy, pos)
        if n & 1:
            static.append(n >> 1)
            continue
        length = n >> 1
        strings.append(mpy[pos:pos + length].decode("utf-8"))
        pos += length + 1  # skip the NUL terminator
    return strings, static


def qstr_hash(text: str) -> int:
    """MicroPython's qstr hash (djb2 with xor), truncated to the pool's hash width."""
    h = 5381
    for byte in text.encode("utf-8"):
        h = (h * 33) ^ byte
    h &= (1 << (8 * HASH_BYTES)) - 1
    return h or 1  # 0 means "not hashed yet" in MicroPython


def collect_qstrs(mpys: list[bytes]) -> list[str]:
    """Sorted unique interned strings of all the given .mpy files."""
    pool: set[str] = set()
    for data in mpys:
        pool.update(mpy_qstrs(data)[0])
    return sorted(pool)


def build_pool(qstrs: list[str]) -> bytes:
    """Encode a qstr pool (see the module docstring for the layout)."""
    out = bytearray(POOL_MAGIC)
    out += struct.pack("<BxH", HASH_BYTES, len(qstrs))
    for q in qstrs:
        raw = q.encode("utf-8")
        out += struct.pack("<H", qstr_hash(q)) + write_var_uint(len(raw)) + raw
    return bytes(out)


def parse_pool(data: bytes) -> list[str]:
    """Decode a pool written by :func:`build_pool`, checking every hash."""
    if data[:4] != POOL_MAGIC:
        raise MpyFormatError("not a qstr pool")
    hash_bytes, count = struct.unpack_from("<BxH", data, 4)
    pos = 8
    out = []
    for _ in range(count):
        (h,) = struct.unpack_from("<H", data, pos)
        length, pos = _read_varuint(data, pos + hash_bytes)
        text = data[pos:pos + length].decode("utf-8")
        pos += length
        if qstr_hash(text) != h:
            raise MpyFormatError(f"qstr pool: bad hash for {text!r}")
        out.append(text)
    return out
