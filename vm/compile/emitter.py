"""Bytecode emitter for one scope: instructions, stack depth, labels and line numbers.

The code generator calls these methods once per scope (after scope analysis); the
emitter records the instruction stream and then lays it out the way MicroPython's
``emitbc`` does over its repeated passes: jumps start as 2-byte offsets and shrink to
1 byte when their target is near, and the emit pass is repeated until the code size
stops changing.  Bytes following an unconditional jump, return or raise are dead and
suppressed until the next label, but their line-number entries are still written.
"""

from __future__ import annotations

from vm.bytecode import opcodes as op
from vm.bytecode.prelude import write_var_uint

ITER_BUF_SLOTS = 4  # MP_OBJ_ITER_BUF_NSLOTS


#: MicroPython's var-uint (7 bits per byte, most significant first): one encoder for all.
encode_uint = write_var_uint


def encode_sint(n: int) -> bytes:
    """Signed var-int as used by LOAD_CONST_SMALL_INT."""
    out = [n & 0x7F]
    n >>= 7
    while n not in (0, -1):
        out.append(n & 0x7F)
        n >>= 7
    if n == -1 and not out[-1] & 0x40:
        out.append(0x7F)
    elif n == 0 and out[-1] & 0x40:
        out.append(0)
    return bytes([b | 0x80 for b in reversed(out[1:])] + [out[0]])


class Label:
    __slots__ = ("offset",)

    def __init__(self):
        self.offset = None


class Emitter:
    """Records one scope's bytecode (see module docstring)."""

    def __init__(self, qstrs, consts, record: bool):
        self.qstrs = qstrs
        self.consts = consts
        self.record = record  # False during the scope pass: only qstr uses count
        self.items: list = []  # bytes | ("J", opcode, label, tail) | Label | ("L", line)
        self.stack = 0
        self.max_stack = 0
        self.suppress = False
        self.last_was_return = False
        self.n_children = 0

    # ## Helpers

    def adjust(self, delta: int) -> None:
        self.stack += delta
        if self.stack > self.max_stack:
            self.max_stack = self.stack
        self.last_was_return = False

    def _raw(self, data: bytes) -> None:
        if self.record and not self.suppress:
            self.items.append(data)

    def _op(self, delta: int, data: bytes) -> None:
        self.adjust(delta)
        self._raw(data)

    def _op_qstr(self, delta: int, code: int, name: str) -> None:
        idx = self.qstrs.use(name)
        self._op(delta, bytes([code]) + encode_uint(idx))

    def _jump(self, delta: int, code: int, label: Label, tail: bytes = b"") -> None:
        self.adjust(delta)
        if self.record and not self.suppress:
            self.items.append(("J", code, label, tail))

    def set_line(self, line: int) -> None:
        if self.record:
            self.items.append(("L", line))

    def label(self, label: Label) -> None:
        self.suppress = False
        self.adjust(0)
        if self.record:
            self.items.append(label)

    # ## Loads and stores

    def load_const_tok(self, value) -> None:
        if value is Ellipsis:
            self.load_const_obj(Ellipsis)
        else:
            code = {False: op.LOAD_CONST_FALSE, None: op.LOAD_CONST_NONE,
                    True: op.LOAD_CONST_TRUE}[value]
            self._op(1, bytes([code]))

    def load_const_small_int(self, n: int) -> None:
        if -16 <= n < 48:
            self._op(1, bytes([op.LOAD_CONST_SMALL_INT_MULTI + 16 + n]))
        else:
            self._op(1, bytes([op.LOAD_CONST_SMALL_INT]) + encode_sint(n))

    def load_const_str(self, s: str) -> None:
        self._op_qstr(1, op.LOAD_CONST_STRING, s)

    def load_const_obj(self, obj) -> None:
        idx = self.consts.use(obj) if self.record else 0
        self._op(1, bytes([op.LOAD_CONST_OBJ]) + encode_uint(idx))

    def load_null(self) -> None:
        self._op(1, bytes([op.LOAD_NULL]))

    def _fast(self, delta, multi, base, n) -> None:
        if n < 16:
            self._op(delta, bytes([multi + n]))
        else:
            self._op(delta, bytes([base]) + encode_uint(n))

    def load_fast(self, n: int) -> None:
        self._fast(1, op.LOAD_FAST_MULTI, op.LOAD_FAST_N, n)

    def store_fast(self, n: int) -> None:
        self._fast(-1, op.STORE_FAST_MULTI, op.STORE_FAST_N, n)

    def load_deref(self, n: int) -> None:
        self._op(1, bytes([op.LOAD_DEREF]) + encode_uint(n))

    def store_deref(self, n: int) -> None:
        self._op(-1, bytes([op.STORE_DEREF]) + encode_uint(n))

    def delete_local(self, n: int, deref: bool) -> None:
        self._op(0, bytes([op.DELETE_DEREF if deref else op.DELETE_FAST]) + encode_uint(n))

    def load_name(self, name: str, is_global: bool) -> None:
        self._op_qstr(1, op.LOAD_GLOBAL if is_global else op.LOAD_NAME, name)

    def store_name(self, name: str, is_global: bool) -> None:
        self._op_qstr(-1, op.STORE_GLOBAL if is_global else op.STORE_NAME, name)

    def delete_name(self, name: str, is_global: bool) -> None:
        self._op_qstr(0, op.DELETE_GLOBAL if is_global else op.DELETE_NAME, name)

    def load_attr(self, name: str) -> None:
        self._op_qstr(0, op.LOAD_ATTR, name)

    def store_attr(self, name: str) -> None:
        self._op_qstr(-2, op.STORE_ATTR, name)

    def delete_attr(self, name: str) -> None:
        self.load_null()
        self.rot_two()
        self.store_attr(name)

    def load_method(self, name: str, is_super: bool = False) -> None:
        self._op_qstr(-1 if is_super else 1,
                      op.LOAD_SUPER_METHOD if is_super else op.LOAD_METHOD, name)

    def load_build_class(self) -> None:
        self._op(1, bytes([op.LOAD_BUILD_CLASS]))

    def load_subscr(self) -> None:
        self._op(-1, bytes([op.LOAD_SUBSCR]))

    def store_subscr(self) -> None:
        self._op(-3, bytes([op.STORE_SUBSCR]))

    def delete_subscr(self) -> None:
        self.load_null()
        self.rot_three()
        self.store_subscr()

    def import_name(self, name: str) -> None:
        self._op_qstr(-1, op.IMPORT_NAME, name)

    def import_from(self, name: str) -> None:
        self._op_qstr(1, op.IMPORT_FROM, name)

    def import_star(self) -> None:
        self._op(-1, bytes([op.IMPORT_STAR]))

    # ## Stack

    def dup_top(self) -> None:
        self._op(1, bytes([op.DUP_TOP]))

    def dup_top_two(self) -> None:
        self._op(2, bytes([op.DUP_TOP_TWO]))

    def pop_top(self) -> None:
        self._op(-1, bytes([op.POP_TOP]))

    def rot_two(self) -> None:
        self._op(0, bytes([op.ROT_TWO]))

    def rot_three(self) -> None:
        self._op(0, bytes([op.ROT_THREE]))

    # ## Jumps and blocks

    def jump(self, label: Label) -> None:
        self._jump(0, op.JUMP, label)
        self.suppress = True

    def pop_jump_if(self, cond: bool, label: Label) -> None:
        self._jump(-1, op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, label)

    def jump_if_or_pop(self, cond: bool, label: Label) -> None:
        self._jump(-1, op.JUMP_IF_TRUE_OR_POP if cond else op.JUMP_IF_FALSE_OR_POP, label)

    def unwind_jump(self, label: Label, depth: int, from_for: bool) -> None:
        if depth == 0:
            if from_for:
                self._raw(bytes([op.POP_TOP] * ITER_BUF_SLOTS))
            self._jump(0, op.JUMP, label)
        else:
            self._jump(0, op.UNWIND_JUMP, label, bytes([(0x80 if from_for else 0) | depth]))
        self.suppress = True

    def setup_block(self, label: Label, kind: str) -> None:
        code = {"with": op.SETUP_WITH, "except": op.SETUP_EXCEPT,
                "finally": op.SETUP_FINALLY}[kind]
        self._jump(2 if kind == "with" else 0, code, label)

    def with_cleanup(self, label: Label) -> None:
        self.load_const_tok(None)
        self.label(label)
        self._op(2, bytes([op.WITH_CLEANUP]))
        self.adjust(-4)

    def end_finally(self) -> None:
        self._op(-1, bytes([op.END_FINALLY]))

    def get_iter(self, use_stack: bool) -> None:
        self._op(ITER_BUF_SLOTS - 1 if use_stack else 0,
                 bytes([op.GET_ITER_STACK if use_stack else op.GET_ITER]))

    def for_iter(self, label: Label) -> None:
        self._jump(1, op.FOR_ITER, label)

    def for_iter_end(self) -> None:
        self.adjust(-ITER_BUF_SLOTS)

    def pop_except_jump(self, label: Label) -> None:
        self._jump(0, op.POP_EXCEPT_JUMP, label)
        self.suppress = True

    def start_except_handler(self) -> None:
        self.adjust(4)

    def end_except_handler(self) -> None:
        self.adjust(-3)

    # ## Operators and builders

    def unary_op(self, n: int) -> None:
        self._op(0, bytes([op.UNARY_OP_MULTI + n]))

    def binary_op(self, n: int, invert: bool = False) -> None:
        self._op(-1, bytes([op.BINARY_OP_MULTI + n]))
        if invert:
            self.unary_op(op.UnaryOp.NOT)

    def build(self, kind: str, n: int) -> None:
        code = {"tuple": op.BUILD_TUPLE, "list": op.BUILD_LIST, "map": op.BUILD_MAP,
                "set": op.BUILD_SET, "slice": op.BUILD_SLICE}[kind]
        self._op(1 if kind == "map" else 1 - n, bytes([code]) + encode_uint(n))

    def store_map(self) -> None:
        self._op(-2, bytes([op.STORE_MAP]))

    def store_comp(self, kind: str, stack_index: int) -> None:
        n, t = {"list": (0, 0), "dict": (1, 1), "set": (0, 2)}[kind]
        self._op(-1 - n, bytes([op.STORE_COMP]) + encode_uint(((stack_index + n) << 2) | t))

    def unpack_sequence(self, n: int) -> None:
        self._op(n - 1, bytes([op.UNPACK_SEQUENCE]) + encode_uint(n))

    def unpack_ex(self, left: int, right: int) -> None:
        self._op(left + right, bytes([op.UNPACK_EX]) + encode_uint(left | (right << 8)))

    # ## Functions

    def _child(self) -> int:
        n = self.n_children
        self.n_children += 1
        return n

    def make_function(self, n_pos_defaults: int, n_kw_defaults: int) -> None:
        idx = encode_uint(self._child())
        if n_pos_defaults == 0 and n_kw_defaults == 0:
            self._op(1, bytes([op.MAKE_FUNCTION]) + idx)
        else:
            self._op(-1, bytes([op.MAKE_FUNCTION_DEFARGS]) + idx)

    def make_closure(self, n_closed: int, n_pos_defaults: int, n_kw_defaults: int) -> None:
        idx = encode_uint(self._child())
        if n_pos_defaults == 0 and n_kw_defaults == 0:
            self._op(1 - n_closed, bytes([op.MAKE_CLOSURE]) + idx + bytes([n_closed]))
        else:
            self._op(-1 - n_closed,
                     bytes([op.MAKE_CLOSURE_DEFARGS]) + idx + bytes([n_closed]))

    def call(self, n_pos: int, n_kw: int, star: bool, method: bool) -> None:
        delta = (-1 if method else 0) - n_pos - 2 * n_kw
        base = op.CALL_METHOD if method else op.CALL_FUNCTION
        if star:
            delta -= 1
            base += 1
        self._op(delta, bytes([base]) + encode_uint((n_kw << 8) | n_pos))

    def return_value(self) -> None:
        self._op(-1, bytes([op.RETURN_VALUE]))
        self.suppress = True
        self.last_was_return = True

    def raise_varargs(self, n: int) -> None:
        self._op(-n, bytes([op.RAISE_LAST + n]))
        self.suppress = True

    def yield_value(self) -> None:
        self._op(0, bytes([op.YIELD_VALUE]))

    def yield_from(self) -> None:
        self._op(-1, bytes([op.YIELD_FROM]))


# ## Layout


def _encode_lines(out: bytearray, bytes_to_skip: int, lines_to_skip: int) -> None:
    while bytes_to_skip > 0 or lines_to_skip > 0:
        if lines_to_skip <= 6 or bytes_to_skip > 0xF:
            b = min(bytes_to_skip, 0x1F)
            n = 0 if b < bytes_to_skip else min(lines_to_skip, 3)
            out.append(b | (n << 5))
        else:
            b = min(bytes_to_skip, 0xF)
            n = min(lines_to_skip, 0x7FF)
            out.append(0x80 | b | ((n >> 4) & 0x70))
            out.append(n & 0xFF)
        bytes_to_skip -= b
        lines_to_skip -= n


def _jump_bytes(code: int, target, here: int, final: bool) -> bytes:
    """One jump instruction at offset ``here``; ``target`` None means unknown (3 bytes)."""
    signed = code <= op.POP_JUMP_IF_FALSE
    if target is None:
        return bytes([code, 0x80, 0])
    off = target - here - 2
    if (signed and -64 <= off <= 63) or (not signed and 0 <= off <= 127):
        return bytes([code, off + (0x40 if signed else 0)])
    off -= 1
    if signed:
        off += 0x4000
    if final and not 0 <= off <= 0x7FFF:
        raise RuntimeError("bytecode overflow")
    return bytes([code, 0x80 | (off & 0x7F), (off >> 7) & 0xFF])


def _merge_bytes(items: list) -> list:
    """Join runs of plain instruction bytes, so each layout pass walks fewer items."""
    out: list = []
    run: list = []
    for it in items:
        if type(it) is bytes:
            run.append(it)
            continue
        if run:
            out.append(b"".join(run))
            run = []
        out.append(it)
    if run:
        out.append(b"".join(run))
    return out


def assemble(items: list, first_line: int = 1) -> tuple[bytes, bytes]:
    """Lay out ``items``; returns (line-number table, bytecode).

    Pass 1 (MicroPython's stack-size pass) sizes every jump at 3 bytes; pass 2 (code
    size) and the emit passes size each jump from the label offsets known so far, and
    the emit pass repeats until the sizes no longer change.
    """
    items = _merge_bytes(items)
    # without jumps every pass lays the code out the same way: one is enough
    has_jumps = any(type(it) is tuple and it[0] == "J" for it in items)
    sizes = None
    passes = 0 if has_jumps else 2
    while True:
        passes += 1
        code = bytearray()
        marks = []  # (code offset, line) where the source line changes
        for it in items:
            if type(it) is bytes:
                code += it
            elif type(it) is Label:
                # Backward jumps see this pass's offset, forward ones the last pass's.
                it.offset = len(code)
            elif it[0] == "L":
                marks.append((len(code), it[1]))
            else:
                _, opcode, label, tail = it
                if passes == 1:
                    target = None
                else:
                    target = label.offset
                code += _jump_bytes(opcode, target, len(code), False) + tail
        if passes >= 3 and (len(code) == sizes or not has_jumps):
            return _line_table(marks, first_line), bytes(code)
        sizes = len(code)


def _line_table(marks: list, first_line: int) -> bytes:
    lines = bytearray()
    last_line, last_line_off = first_line, 0
    for offset, line in marks:
        if line > last_line:
            _encode_lines(lines, offset - last_line_off, line - last_line)
            last_line_off, last_line = offset, line
    return bytes(lines)
