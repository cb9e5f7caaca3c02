"""The bytecode prelude: the header at the start of every bytecode function's ``fun_data``.

Layout (MicroPython bytecode v6, ``py/bc.h``):

1. **signature**, a variable-length bit-packed group.  First byte ``xSSSSEAA``, then while
   the high bit is set, bytes ``xFSSKAED``; each continuation byte contributes the next
   more significant bits of S (two), E, F, A, K and D.  S is ``n_state - 1``, E is
   ``n_exc_stack``, F the signature scope flags, A ``n_pos_args``, K ``n_kwonly_args``, D
   ``n_def_pos_args``.
2. **size info**, bytes ``xIIIIIIC`` (continued while the high bit is set): I is
   ``n_info`` six bits at a time, C is ``n_cell`` one bit at a time.
3. **info section** (``n_info`` bytes): the function's simple-name qstr index (var-uint),
   one var-uint qstr index per positional and keyword-only argument name, then the
   line-number table filling the rest of the section.
4. **cells** (``n_cell`` bytes): the local slots that must be turned into cells on entry.
5. the instructions, to the end of ``fun_data``.

Qstr indices index the module's qstr table.  Line-number table entries are either
``0LLBBBBB`` or ``1LLLBBBB LLLLLLLL`` (the second byte holds the low eight bits of L):
skip B bytes of bytecode, then advance the line by L; lines start at 1.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

__all__ = [
    "Prelude", "decode", "encode", "line_of", "line_table", "encode_line_info",
    "read_var_uint", "write_var_uint",
    "SCOPE_GENERATOR", "SCOPE_VARKEYWORDS", "SCOPE_VARARGS", "SCOPE_DEFKWARGS",
]

# Scope flags carried in the signature (``py/runtime0.h``).
SCOPE_GENERATOR = 0x01
SCOPE_VARKEYWORDS = 0x02
SCOPE_VARARGS = 0x04
SCOPE_DEFKWARGS = 0x08

# No real function needs more; the bound keeps a hostile prelude from building huge ints.
_MAX_GROUP_BYTES = 8
_MAX_VAR_UINT_BYTES = 10
_BIG = 1 << 62  # sorts after any line number


@dataclass
class Prelude:
    """A decoded prelude.  Offsets are absolute positions in ``fun_data``.

    ``encode`` uses only the signature fields, ``simple_name``, ``arg_names``,
    ``line_info`` and ``cells``; ``n_info``, ``n_cell`` and the offsets are derived.
    """

    n_state: int
    n_exc_stack: int = 0
    scope_flags: int = 0
    n_pos_args: int = 0
    n_kwonly_args: int = 0
    n_def_pos_args: int = 0
    simple_name: int = 0  # qstr index
    arg_names: tuple[int, ...] = ()  # qstr indices: positional then keyword-only
    line_info: bytes = b""  # the raw line-number table
    cells: tuple[int, ...] = ()  # local slots converted to cells on entry
    n_info: int = 0
    n_cell: int = 0
    info_start: int = 0  # where the info section (simple name) starts
    line_info_start: int = 0  # where the line-number table starts
    code_start: int = 0  # where the first instruction starts
    _lines: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    @property
    def is_generator(self) -> bool:
        return bool(self.scope_flags & SCOPE_GENERATOR)

    @property
    def n_args(self) -> int:
        """Number of named parameters (positional + keyword-only)."""
        return self.n_pos_args + self.n_kwonly_args


# ## Var-uints (big-endian groups of 7 bits, high bit = more follows)


def read_var_uint(data: bytes, pos: int, limit: int | None = None) -> tuple[int, int]:
    """Decode a var-uint at ``pos``; returns (value, next position).

    Raises ValueError if it runs past ``limit`` (default: end of ``data``) or is longer
    than any value the format can hold.
    """
    end = len(data) if limit is None else min(limit, len(data))
    value = 0
    for n in range(_MAX_VAR_UINT_BYTES):
        if pos >= end:
            raise ValueError("truncated var-uint")
        b = data[pos]
        pos += 1
        value = (value << 7) | (b & 0x7F)
        if not b & 0x80:
            return value, pos
    raise ValueError("var-uint too long")


_ONE_BYTE = [bytes([i]) for i in range(0x80)]


def write_var_uint(value: int) -> bytes:
    """Encode a non-negative int as a var-uint."""
    if 0 <= value < 0x80:  # the common case, from a table
        return _ONE_BYTE[value]
    if value < 0:
        raise ValueError("var-uint must be non-negative")
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append(0x80 | (value & 0x7F))
        value >>= 7
    return bytes(reversed(out))


# ## Decoding


def decode(fun_data: bytes) -> Prelude:
    """Decode the prelude of a bytecode function.

    Raises ValueError (never another exception) if the prelude is truncated or its
    sections overrun ``fun_data``.
    """
    data = bytes(fun_data)
    end = len(data)
    pos = 0

    # Signature.
    if pos >= end:
        raise ValueError("prelude truncated in signature")
    z = data[pos]
    pos += 1
    s = (z >> 3) & 0xF
    e = (z >> 2) & 1
    a = z & 3
    f = k = d = 0
    n = 0
    while z & 0x80:
        if n >= _MAX_GROUP_BYTES:
            raise ValueError("prelude signature too long")
        if pos >= end:
            raise ValueError("prelude truncated in signature")
        z = data[pos]
        pos += 1
        s |= ((z >> 4) & 3) << (4 + 2 * n)
        e |= ((z >> 1) & 1) << (1 + n)
        f |= ((z >> 6) & 1) << n
        a |= ((z >> 2) & 1) << (2 + n)
        k |= ((z >> 3) & 1) << n
        d |= (z & 1) << n
        n += 1

    # Size info.
    n_info = n_cell = 0
    n = 0
    while True:
        if n >= _MAX_GROUP_BYTES:
            raise ValueError("prelude size info too long")
        if pos >= end:
            raise ValueError("prelude truncated in size info")
        z = data[pos]
        pos += 1
        n_cell |= (z & 1) << n
        n_info |= ((z >> 1) & 0x3F) << (6 * n)
        n += 1
        if not z & 0x80:
            break

    info_start = pos
    info_end = info_start + n_info
    if info_end + n_cell > end:
        raise ValueError("prelude info/cell sections overrun the function")
    simple_name, pos = _read_info_uint(data, pos, info_end)
    names = []
    for _ in range(a + k):
        q, pos = _read_info_uint(data, pos, info_end)
        names.append(q)
    line_info = data[pos:info_end]
    cells = tuple(data[info_end:info_end + n_cell])
    return Prelude(
        n_state=s + 1, n_exc_stack=e, scope_flags=f, n_pos_args=a, n_kwonly_args=k,
        n_def_pos_args=d, simple_name=simple_name, arg_names=tuple(names),
        line_info=line_info, cells=cells, n_info=n_info, n_cell=n_cell,
        info_start=info_start, line_info_start=pos, code_start=info_end + n_cell)


def _read_info_uint(data: bytes, pos: int, limit: int) -> tuple[int, int]:
    try:
        return read_var_uint(data, pos, limit)
    except ValueError:
        raise ValueError("prelude name table overruns its info section") from None


# ## Encoding


def encode_signature(n_state: int, n_exc_stack: int, scope_flags: int, n_pos_args: int,
                     n_kwonly_args: int, n_def_pos_args: int) -> bytes:
    """The prelude's variable-length signature (MP_BC_PRELUDE_SIG_ENCODE's layout)."""
    out = bytearray()
    s, e, f = n_state - 1, n_exc_stack, scope_flags
    a, k, d = n_pos_args, n_kwonly_args, n_def_pos_args
    z = (s & 0xF) << 3 | (e & 1) << 2 | (a & 3)
    s >>= 4
    e >>= 1
    a >>= 2
    while s | e | f | a | k | d:
        out.append(0x80 | z)
        z = ((f & 1) << 6 | (s & 3) << 4 | (k & 1) << 3 | (a & 1) << 2 | (e & 1) << 1
             | (d & 1))
        s >>= 2
        e >>= 1
        f >>= 1
        a >>= 1
        k >>= 1
        d >>= 1
    out.append(z)
    return bytes(out)


def encode(p: Prelude) -> bytes:
    """Encode a prelude (everything before the first instruction) as MicroPython does."""
    for name in ("n_state", "n_exc_stack", "scope_flags", "n_pos_args", "n_kwonly_args",
                 "n_def_pos_args"):
        if getattr(p, name) < 0:
            raise ValueError(f"prelude {name} must be non-negative")
    if p.n_state < 1:
        raise ValueError("prelude n_state must be at least 1")
    if len(p.arg_names) != p.n_pos_args + p.n_kwonly_args:
        raise ValueError("prelude needs one name per positional and keyword-only argument")
    out = bytearray(encode_signature(p.n_state, p.n_exc_stack, p.scope_flags, p.n_pos_args,
                                     p.n_kwonly_args, p.n_def_pos_args))

    info = bytearray(write_var_uint(p.simple_name))
    for q in p.arg_names:
        info += write_var_uint(q)
    info += p.line_info
    n_info, n_cell = len(info), len(p.cells)
    while True:
        z = (n_info & 0x3F) << 1 | (n_cell & 1)
        n_info >>= 6
        n_cell >>= 1
        if n_info | n_cell:
            out.append(0x80 | z)
        else:
            out.append(z)
            break
    out += info
    for c in p.cells:
        if not 0 <= c <= 255:
            raise ValueError("cell slot out of range 0..255")
        out.append(c)
    return bytes(out)


# ## Line numbers


def _line_entries(line_info: bytes):
    """Yield (bytes_to_skip, lines_to_skip) for each entry of a line-number table."""
    i, end = 0, len(line_info)
    while i < end:
        c = line_info[i]
        if not c & 0x80:
            yield c & 0x1F, c >> 5
            i += 1
        else:
            if i + 1 >= end:
                # A truncated two-byte entry: MicroPython would read past the table;
                # treat it as the end of the table.
                return
            yield c & 0xF, ((c << 4) & 0x700) | line_info[i + 1]
            i += 2


def line_table(p: Prelude) -> list[tuple[int, int]]:
    """[(first absolute offset, line)] with increasing offsets; the first entry is
    (code_start, 1).  An offset maps to the line of the last entry at or before it."""
    if p._lines is None:
        table = [(p.code_start, 1)]
        off, line = p.code_start, 1
        for b, l in _line_entries(p.line_info):
            off += b
            line += l
            if table[-1][0] == off:
                table[-1] = (off, line)
            else:
                table.append((off, line))
        p._lines = table
    return p._lines


def line_of(p: Prelude, offset: int) -> int:
    """Source line of the instruction starting at absolute ``fun_data`` offset ``offset``.

    Same rule as MicroPython's ``mp_bc_get_source_line`` (with ``offset - code_start``
    as the bytecode offset).
    """
    table = line_table(p)
    i = bisect.bisect_right(table, (offset, _BIG)) - 1
    return table[i][1] if i >= 0 else 1


def encode_line_info(marks: list[tuple[int, int]]) -> bytes:
    """Build a line-number table the way MicroPython's bytecode emitter does.

    ``marks`` are the emitter's "source line is now L" events as (bytecode offset relative
    to the first instruction, line), in emission order.  Like the emitter, a mark only
    counts when its line is greater than the last one counted (lines start at 1).
    """
    out = bytearray()
    last_line, last_off = 1, 0
    for off, line in marks:
        if line <= last_line:
            continue
        if off < last_off:
            raise ValueError("line marks must have non-decreasing offsets")
        b_skip, l_skip = off - last_off, line - last_line
        while b_skip > 0 or l_skip > 0:
            if l_skip <= 3:
                b = min(b_skip, 0x1F)
                l = 0 if b < b_skip else l_skip
                out.append(b | (l << 5))
            else:
                b = min(b_skip, 0xF)
                l = min(l_skip, 0x7FF)
                out.append(0x80 | b | ((l >> 4) & 0x70))
                out.append(l & 0xFF)
            b_skip -= b
            l_skip -= l
        last_line, last_off = line, off
    return bytes(out)
