"""One emitter per opcode: each writes the host code for one instruction.

``EMITTERS[name]`` is the emitter for opcode ``name`` as named in
``vm.bytecode.opcodes`` (the multi-opcodes by their family: ``LOAD_FAST_MULTI`` ...);
``tests/vm/interp/test_emitters.py`` checks that every opcode has one.  An emitter
receives the generation state ``g`` (``vm.interp.translate.Gen``) and the decoded
instruction, and manipulates ``g``'s symbolic stack; see ``translate.py`` for the model.
"""

from __future__ import annotations

import ast
import keyword
import re
from typing import Callable

from vm.bytecode import opcodes as _op
from vm.heap import meter as _meter
from vm.bytecode.opcodes import BinaryOp, UnaryOp
from vm.interp.translate import needs

__all__ = ["EMITTERS", "emit_block", "MULTI_FAMILIES"]

EMITTERS: dict[str, Callable] = {}

#: The multi-opcode families (argument folded into the opcode byte).
MULTI_FAMILIES = ("LOAD_CONST_SMALL_INT_MULTI", "LOAD_FAST_MULTI", "STORE_FAST_MULTI",
                  "UNARY_OP_MULTI", "BINARY_OP_MULTI")

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z_0-9]*$")
_ALIAS = re.compile(r"^_s\d+$")

# Names that are likely builtins (only chooses the faster code shape for LOAD_GLOBAL).
_HOST_BUILTIN_NAMES = frozenset(dir(__import__("builtins")))


def emitter(fn: Callable) -> Callable:
    EMITTERS[fn.__name__[len("emit_"):]] = fn
    return fn


def family(code: int) -> str:
    if code >= _op.BINARY_OP_MULTI:
        return "BINARY_OP_MULTI"
    if code >= _op.UNARY_OP_MULTI:
        return "UNARY_OP_MULTI"
    if code >= _op.STORE_FAST_MULTI:
        return "STORE_FAST_MULTI"
    if code >= _op.LOAD_FAST_MULTI:
        return "LOAD_FAST_MULTI"
    return "LOAD_CONST_SMALL_INT_MULTI"


def emit_block(g, key: tuple, landing: str | None) -> list:
    """Host code for the block ``key`` = (offset, depth, uw); a ``landing`` block (kind
    ``exc`` or ``unwind``) first stores ``_M_x`` into the handler's reason slot(s)."""
    start, depth, uw = key
    g.lines = []
    g.indent = 0
    g.stack = [["v"] for _ in range(depth)]
    g.ended = False
    g.offset = start
    g.uw = uw
    g.hs = g.a.hs[key]
    if landing == "exc":
        g.raw(f"_s{depth - 1} = _M_x")
    elif landing == "unwind":
        g.raw(f"_s{depth - 2}, _s{depth - 1} = _M_x")
    unit = g.unit
    leaders = g.a.leader_offsets
    off = start
    while True:
        ins = unit.by_offset[off]
        g.offset = off
        name = ins.op.name
        if name.endswith(")"):
            name = family(ins.op.code)
        if len(g.stack) < needs(ins):
            g.raw("raise _M_SystemError('unreachable')")  # a dead path
            break
        EMITTERS[name](g, ins)
        if g.ended:
            break
        if name in _SETUP_KIND:
            g.hs = g.hs + (_SETUP_KIND[name],)
        off = ins.next_offset
        if off in leaders:
            g.flush_all()
            g.goto(off, ins.offset)
            break
    return g.lines


_SETUP_KIND = {"SETUP_EXCEPT": "e", "SETUP_FINALLY": "f", "SETUP_WITH": "w"}


def _end(g) -> None:
    g.ended = True


# ## Constants


@emitter
def emit_LOAD_CONST_FALSE(g, ins):
    g.push_lazy("c", "False")


@emitter
def emit_LOAD_CONST_NONE(g, ins):
    g.push_lazy("c", "None")


@emitter
def emit_LOAD_CONST_TRUE(g, ins):
    g.push_lazy("c", "True")


@emitter
def emit_LOAD_CONST_SMALL_INT(g, ins):
    g.push_lazy("c", f"({ins.arg})")


@emitter
def emit_LOAD_CONST_SMALL_INT_MULTI(g, ins):
    g.push_lazy("c", f"({ins.arg})")


@emitter
def emit_LOAD_CONST_STRING(g, ins):
    g.push_lazy("c", g.const(g.qstr(ins.arg)))


@emitter
def emit_LOAD_CONST_OBJ(g, ins):
    g.push_lazy("c", g.const(g.unit.module.consts[ins.arg]))


@emitter
def emit_LOAD_NULL(g, ins):
    g.push_lazy("c", "_M_NULL")


# ## Locals and cells


def _load_fast(g, i: int) -> None:
    g.push_lazy("l", g.local(i))


def _store_fast(g, i: int) -> None:
    name = g.local(i)
    value = g.pop()
    g.flush_local(name)
    if value != name:
        g.stmt(f"{name} = {value}")


@emitter
def emit_LOAD_FAST_N(g, ins):
    _load_fast(g, ins.arg)


@emitter
def emit_LOAD_FAST_MULTI(g, ins):
    _load_fast(g, ins.arg)


@emitter
def emit_STORE_FAST_N(g, ins):
    _store_fast(g, ins.arg)


@emitter
def emit_STORE_FAST_MULTI(g, ins):
    _store_fast(g, ins.arg)


@emitter
def emit_DELETE_FAST(g, ins):
    name = g.local(ins.arg)
    g.flush_local(name)
    g.stmt(f"del {name}")


@emitter
def emit_LOAD_DEREF(g, ins):
    g.push_value(f"{g.local(ins.arg)}.v")


@emitter
def emit_STORE_DEREF(g, ins):
    value = g.pop()
    g.stmt(f"{g.local(ins.arg)}.v = {value}")


@emitter
def emit_DELETE_DEREF(g, ins):
    g.stmt(f"del {g.local(ins.arg)}.v")


# ## Globals and names


@emitter
def emit_LOAD_GLOBAL(g, ins):
    name = g.qstr(ins.arg)
    s = g.push_slot()
    g.flush_methods()
    if name in _HOST_BUILTIN_NAMES:
        # Probably a builtin: globals then builtins without raising on the way.
        g.raw(f"{s} = _M_G.get({name!r}, _M_NULL)")
        g.raw(f"if {s} is _M_NULL:")
        g.raw(f"    {s} = _M_B.get({name!r}, _M_NULL)")
        g.raw(f"    if {s} is _M_NULL: raise _M_name_error({name!r})")
    else:
        # Probably a module global: the cheapest hit path.
        g.raw("try:")
        g.raw(f"    {s} = _M_G[{name!r}]")
        g.raw("except KeyError:")
        g.raw(f"    {s} = _M_load_global(_M_G, _M_B, {name!r})")
    _mark_constructor(g, name)
    _meter.mark_callee(g, name)


# Builtin classes whose one-argument call differs between the VM and the host (``str(e)``
# of an exception, ``type(x)`` of a host-only class, ``bytearray([256])``): a call of a
# value loaded by one of these names goes through ``support.call_constructor``.
_CONSTRUCTOR_NAMES = frozenset({"str", "type", "bytearray"})


def _mark_constructor(g, name: str) -> None:
    if name in _CONSTRUCTOR_NAMES:
        g.stack[-1] = ["v", None, "ctor"]


def _is_constructor(g, depth: int) -> bool:
    entry = g.stack[-depth]
    return len(entry) == 3 and entry[2] == "ctor"


@emitter
def emit_STORE_GLOBAL(g, ins):
    value = g.pop()
    g.stmt(f"_M_G[{g.qstr(ins.arg)!r}] = {value}")


@emitter
def emit_DELETE_GLOBAL(g, ins):
    g.stmt(f"_M_delete_name(_M_G, {g.qstr(ins.arg)!r})")


@emitter
def emit_LOAD_NAME(g, ins):
    g.push_value(f"_M_load_name(_M_L, _M_G, _M_B, {g.qstr(ins.arg)!r})")
    _mark_constructor(g, g.qstr(ins.arg))
    _meter.mark_callee(g, g.qstr(ins.arg))


@emitter
def emit_STORE_NAME(g, ins):
    value = g.pop()
    g.stmt(f"_M_L[{g.qstr(ins.arg)!r}] = {value}")


@emitter
def emit_DELETE_NAME(g, ins):
    g.stmt(f"_M_delete_name(_M_L, {g.qstr(ins.arg)!r})")


@emitter
def emit_LOAD_BUILD_CLASS(g, ins):
    g.push_value("_M_B['__build_class__']")


# ## Attributes and subscripts


# Attributes every MicroPython exception has but host exceptions lack: looked up through
# ``vm.runtime.ops`` when the host has none.
_EXCEPTION_ATTRS = ("value", "errno")


@emitter
def emit_LOAD_ATTR(g, ins):
    obj = g.pop()
    name = g.qstr(ins.arg)
    if name == "errno":  # a host OSError's own errno can disagree: always the VM's view
        g.push_value(f"_M_exc_attr({obj}, 'errno')")
        return
    if name in _EXCEPTION_ATTRS:
        s = g.push_slot()
        g.flush_methods()
        g.raw("try:")
        g.raw(f"    {s} = {g.attr_load_expr(obj, name)}")
        g.raw("except AttributeError:")
        g.raw(f"    {s} = _M_exc_attr({obj}, {name!r})")
        return
    g.push_value(g.attr_load_expr(obj, name))


@emitter
def emit_LOAD_METHOD(g, ins):
    obj = g.pop()
    g.stack.append(["m", obj, g.qstr(ins.arg)])
    g.stack.append(["ms"])


@emitter
def emit_LOAD_SUPER_METHOD(g, ins):
    # Stack: super, __class__, self -> method, self (bound here: NULL self).
    _sup, cls, obj = g.pop_n(3)
    s = g.push_slot()
    g.stmt(f"{s} = _M_super_method({cls}, {obj}, {g.qstr(ins.arg)!r})")
    g.push_lazy("c", "_M_NULL")


@emitter
def emit_STORE_ATTR(g, ins):
    obj = g.pop()
    value = g.pop()
    name = g.qstr(ins.arg)
    if value == "_M_NULL":  # ``del obj.name`` is STORE_ATTR of NULL
        g.stmt(f"_M_delete_attr({obj}, {name!r})")
    elif _IDENT.match(name) and not keyword.iskeyword(name) and not name.startswith("__"):
        g.stmt(f"{obj}.{name} = {value}")
    else:
        g.stmt(f"_M_store_attr({obj}, {name!r}, {value})")


@emitter
def emit_LOAD_SUBSCR(g, ins):
    index = g.pop()
    obj = g.pop()
    s = g.push_slot()
    g.flush_methods()
    g.raw("try:")
    g.raw(f"    {s} = {obj}[{index}]")
    g.raw("except _M_Exception as _M_e:")
    g.raw(f"    {s} = _M_subscr({obj}, {index}, _M_e)")


@emitter
def emit_STORE_SUBSCR(g, ins):
    # Stack: value, obj, index.
    value, obj, index = g.pop_n(3)
    g.flush_methods()
    if value == "_M_NULL":  # ``del obj[index]`` is STORE_SUBSCR of NULL
        g.raw(f"_M_delete_subscr({obj}, {index})")
        return
    g.raw("try:")
    g.raw(f"    {obj}[{index}] = {value}")
    g.raw("except _M_Exception as _M_e:")
    g.raw(f"    _M_store_subscr({obj}, {index}, {value}, _M_e)")


# ## Stack manipulation


@emitter
def emit_DUP_TOP(g, ins):
    _dup(g, len(g.stack) - 1)


@emitter
def emit_DUP_TOP_TWO(g, ins):
    n = len(g.stack)
    _dup(g, n - 2)
    _dup(g, n - 1)


def _dup(g, i: int) -> None:
    """Push a copy of slot ``i``: pending values are copied symbolically; an evaluated
    slot is pushed as an alias ``_s<i>`` (valid while slot i is not reassigned, which only
    a rotation can do while the alias is live: ``_rotate`` evaluates such aliases)."""
    e = g.stack[i]
    if e[0] in ("c", "l"):
        g.stack.append(list(e))
    elif e[0] == "v":
        g.stack.append(["c", f"_s{i}"])
    else:
        g.push_value(g.expr_at(i))


@emitter
def emit_POP_TOP(g, ins):
    g.pop()


def _rotate(g, order: list[int]) -> None:
    """Permute the top len(order) slots: new slot k gets old slot order[k].

    Pending constants and local reads move symbolically; evaluated values are moved with
    one tuple assignment."""
    n = len(order)
    base = len(g.stack) - n
    for k in range(n):
        if g.stack[base + k][0] in ("m", "ms"):
            g.materialise(base + k)
    while True:
        # An alias ``_sK`` stays valid only above slot K and while slot K is not
        # reassigned: evaluate the aliases the rotation would break.
        assigned = {f"_s{base + k}" for k in range(n)
                    if order[k] != k and g.stack[base + order[k]][0] == "v"}
        stale = {i for i, e in enumerate(g.stack) if e[0] == "c" and e[1] in assigned}
        for k in range(n):
            e = g.stack[base + order[k]]
            if e[0] == "c" and _ALIAS.match(e[1]) and base + k <= int(e[1][2:]):
                stale.add(base + order[k])
        if not stale:
            break
        for i in stale:
            g.materialise(i)
    old = [list(g.stack[base + k]) for k in range(n)]
    targets, values = [], []
    for k in range(n):
        src = old[order[k]]
        if src[0] == "v":
            if order[k] != k:
                targets.append(f"_s{base + k}")
                values.append(f"_s{base + order[k]}")
            g.stack[base + k] = ["v"]
        else:
            g.stack[base + k] = src
    if targets:
        g.raw(f"{', '.join(targets)}{',' if len(targets) == 1 else ''} = "
              f"{', '.join(values)}{',' if len(values) == 1 else ''}")


@emitter
def emit_ROT_TWO(g, ins):
    _rotate(g, [1, 0])


@emitter
def emit_ROT_THREE(g, ins):
    # top moves to third; the other two move up.
    _rotate(g, [2, 0, 1])


# ## Jumps


def _cond_jump(g, ins, test: str) -> None:
    g.flush_all()
    g.raw(f"if {test}:")
    g.indent += 1
    g.goto(ins.arg, ins.offset)
    g.indent -= 1


@emitter
def emit_JUMP(g, ins):
    g.flush_all()
    g.goto(ins.arg, ins.offset)
    _end(g)


@emitter
def emit_POP_JUMP_IF_TRUE(g, ins):
    cond = g.pop()
    _cond_jump(g, ins, cond)


@emitter
def emit_POP_JUMP_IF_FALSE(g, ins):
    cond = g.pop()
    _cond_jump(g, ins, f"not {cond}")


@emitter
def emit_JUMP_IF_TRUE_OR_POP(g, ins):
    g.flush_all()
    top = f"_s{len(g.stack) - 1}"
    _cond_jump(g, ins, top)
    g.pop()


@emitter
def emit_JUMP_IF_FALSE_OR_POP(g, ins):
    g.flush_all()
    top = f"_s{len(g.stack) - 1}"
    _cond_jump(g, ins, f"not {top}")
    g.pop()


# ## Exception handling


def _setup(g, ins, is_finally: bool) -> None:
    # Handler entry: [exception landing, handler offset, is finally, exception being
    # handled, unwind landing].
    g.flush_all()
    exc, unwind = g.landing_ids(ins)
    g.raw(f"_M_hs.append([{exc}, {ins.arg}, {int(is_finally)}, None, {unwind}])")


@emitter
def emit_SETUP_EXCEPT(g, ins):
    _setup(g, ins, False)


@emitter
def emit_SETUP_FINALLY(g, ins):
    _setup(g, ins, True)


@emitter
def emit_SETUP_WITH(g, ins):
    ctx = g.pop()
    g.flush_all()
    d = len(g.stack)
    g.raw(f"_M_t = {ctx}")
    g.raw(f"_s{d} = _M_load_attr(_M_t, '__exit__')")
    g.raw(f"_s{d + 1} = _M_NULL")
    g.raw(f"_s{d + 2} = _M_load_attr(_M_t, '__enter__')()")
    g.stack += [["v"], ["v"]]
    exc, unwind = g.landing_ids(ins)
    g.stack.append(["v"])
    g.raw(f"_M_hs.append([{exc}, {ins.arg}, 1, None, {unwind}])")


@emitter
def emit_WITH_CLEANUP(g, ins):
    if g.uw == g.xd:
        # Unwinding (return/break through ``with``): __exit__, NULL, value, cause ->
        # value, cause.
        exit_fn, _null, value, cause = g.pop_n(4)
        g.stmt(f"{exit_fn}(None, None, None)")
        g.push_value(value)
        g.push_value(cause)
        return
    # __exit__, NULL, reason (None or exception) -> reason'
    exit_fn, _null, reason = g.pop_n(3)
    s = g.push_slot()
    g.stmt(f"{s} = _M_withc({exit_fn}, {reason})")


@emitter
def emit_END_FINALLY(g, ins):
    if g.uw == g.xd:
        # Unwinding: continue the return/break with (value, cause).
        value, cause = g.pop_n(2)
        g.flush_all()
        g.raw("_M_hs.pop()")
        g.raw(f"_M_pc, _M_x = _M_endfin2(_M_hs, {value}, {cause}, {ins.offset})")
        g.raw("continue")
        _end(g)
        return
    reason = g.pop()
    g.flush_all()
    g.raw("_M_hs.pop()")
    g.raw(f"if {reason} is not None:")
    g.raw(f"    raise {reason}")
    g.hs = g.hs[:-1]
    if g.uw > len(g.hs):
        g.uw = -1


@emitter
def emit_POP_EXCEPT_JUMP(g, ins):
    g.flush_all()
    g.raw("_M_hs.pop()")
    xd = g.xd - 1
    g.goto(ins.arg, ins.offset, None, g.uw if g.uw <= xd else -1)
    _end(g)


@emitter
def emit_UNWIND_JUMP(g, ins):
    g.flush_all()
    count = ins.extra & 0x7F
    xd = g.xd - count
    depth = len(g.stack) - (4 if ins.extra & 0x80 else 0) - 2 * g.hs[xd:].count("w")
    target = g.block(ins.arg, depth, g.uw if g.uw <= xd else -1)
    g.raw(f"_M_pc, _M_x = _M_ujump(_M_hs, {ins.offset}, {count}, {target})")
    if ins.arg <= ins.offset:
        g.raw("if _M_P[0]: _M_service()")
    g.raw("continue")
    _end(g)


@emitter
def emit_RAISE_LAST(g, ins):
    g.flush_all()
    g.raw("raise _M_raise_last(_M_hs)")
    _end(g)


@emitter
def emit_RAISE_OBJ(g, ins):
    exc = g.pop()
    g.flush_all()
    g.raw(f"raise _M_mkexc({exc})")
    _end(g)


@emitter
def emit_RAISE_FROM(g, ins):
    cause = g.pop()
    exc = g.pop()
    g.flush_all()
    g.raw(f"if {cause} is not None: _M_warn(_M_ctx, 'exception chaining not supported')")
    g.raw(f"raise _M_mkexc({exc})")
    _end(g)


# ## Iteration


@emitter
def emit_GET_ITER(g, ins):
    obj = g.pop()
    s = g.push_slot()
    g.flush_methods()
    g.raw("try:")
    g.raw(f"    {s} = _M_iter({obj})")
    g.raw("except _M_TypeError:")
    g.raw(f"    {s} = _M_get_iter({obj})")


@emitter
def emit_GET_ITER_STACK(g, ins):
    # MicroPython's 4-slot iterator buffer: slot 0 NULL (no in-place buffer), slot 1 the
    # iterator object, slots 2-3 unused.
    obj = g.pop()
    g.push_lazy("c", "_M_NULL")
    g.push_lazy("c", obj)
    g.stack[-1] = ["v"]
    s = f"_s{len(g.stack) - 1}"
    g.flush_methods()
    g.raw("try:")
    g.raw(f"    {s} = _M_iter({obj})")
    g.raw("except _M_TypeError:")
    g.raw(f"    {s} = _M_get_iter({obj})")
    g.stack += [["c", "None"], ["c", "None"]]


@emitter
def emit_FOR_ITER(g, ins):
    g.flush_all()
    d = len(g.stack)
    it = f"_s{d - 3}"
    g.raw(f"_s{d} = _M_next({it}, _M_NULL)")
    g.raw(f"if _s{d} is _M_NULL:")
    g.indent += 1
    g.goto(ins.arg, ins.offset, d - 4)
    g.indent -= 1
    g.stack.append(["v"])


# ## Building


@emitter
def emit_BUILD_TUPLE(g, ins):
    items = g.pop_n(ins.arg)
    _meter.emit_charge(g, _meter.tuple_blocks(ins.arg))
    comma = "," if len(items) == 1 else ""
    g.push_value(f"({', '.join(items)}{comma})")


@emitter
def emit_BUILD_LIST(g, ins):
    items = g.pop_n(ins.arg)
    _meter.emit_charge(g, _meter.list_blocks(ins.arg))
    g.push_value(f"[{', '.join(items)}]")


@emitter
def emit_BUILD_MAP(g, ins):
    _meter.emit_charge(g, _meter.map_blocks(ins.arg))
    g.push_value("{}")


@emitter
def emit_STORE_MAP(g, ins):
    # Stack: map, value, key.
    value = g.pop_n(2)
    d = len(g.stack) - 1
    g.stmt(f"{g.expr_at(d)}[{value[1]}] = {value[0]}")


@emitter
def emit_BUILD_SET(g, ins):
    items = g.pop_n(ins.arg)
    _meter.emit_charge(g, _meter.set_blocks(ins.arg))
    g.push_value(f"{{{', '.join(items)}}}" if items else "_M_set()")


@emitter
def emit_BUILD_SLICE(g, ins):
    items = g.pop_n(ins.arg)
    g.push_value(f"_M_slice({', '.join(items)})")


@emitter
def emit_STORE_COMP(g, ins):
    kind = ins.arg & 3
    n = len(g.stack)
    coll = g.expr_at(n - 1 - (ins.arg >> 2))
    if kind == 0:
        item = g.pop()
        g.stmt(_meter.comprehension_append(g, coll, item) or f"{coll}.append({item})")
    elif kind == 1:
        value, key = g.pop_n(2)
        g.stmt(f"{coll}[{key}] = {value}")
    else:
        item = g.pop()
        g.stmt(f"{coll}.add({item})")


@emitter
def emit_UNPACK_SEQUENCE(g, ins):
    seq = g.pop()
    n = ins.arg
    base = len(g.stack)
    targets = [f"_s{base + k}" for k in range(n)]
    g.flush_methods()
    g.raw("try:")
    g.raw(f"    {', '.join(reversed(targets))}{',' if n == 1 else ''} = {seq}")
    g.raw("except _M_Exception as _M_e:")
    g.raw(f"    {', '.join(targets)}{',' if n == 1 else ''} = _M_unpack({seq}, {n})")
    g.stack += [["v"] for _ in range(n)]


@emitter
def emit_UNPACK_EX(g, ins):
    seq = g.pop()
    before, after = ins.arg & 0xFF, (ins.arg >> 8) & 0xFF
    n = before + after + 1
    base = len(g.stack)
    targets = ", ".join(f"_s{base + k}" for k in range(n))
    g.stmt(f"{targets}{',' if n == 1 else ''} = _M_unpack_ex({seq}, {before}, {after})")
    g.stack += [["v"] for _ in range(n)]


# ## Operators

_BINARY = {
    BinaryOp.LESS: "<", BinaryOp.MORE: ">", BinaryOp.EQUAL: "==", BinaryOp.LESS_EQUAL: "<=",
    BinaryOp.MORE_EQUAL: ">=", BinaryOp.NOT_EQUAL: "!=", BinaryOp.IN: "in",
    BinaryOp.IS: "is", BinaryOp.OR: "|", BinaryOp.XOR: "^", BinaryOp.AND: "&",
    BinaryOp.LSHIFT: "<<", BinaryOp.RSHIFT: ">>", BinaryOp.ADD: "+",
    BinaryOp.SUBTRACT: "-", BinaryOp.MULTIPLY: "*", BinaryOp.MAT_MULTIPLY: "@",
    BinaryOp.FLOOR_DIVIDE: "//", BinaryOp.TRUE_DIVIDE: "/", BinaryOp.MODULO: "%",
    BinaryOp.POWER: "**",
}
_INPLACE = {
    BinaryOp.INPLACE_OR: "|=", BinaryOp.INPLACE_XOR: "^=", BinaryOp.INPLACE_AND: "&=",
    BinaryOp.INPLACE_LSHIFT: "<<=", BinaryOp.INPLACE_RSHIFT: ">>=",
    BinaryOp.INPLACE_ADD: "+=", BinaryOp.INPLACE_SUBTRACT: "-=",
    BinaryOp.INPLACE_MULTIPLY: "*=", BinaryOp.INPLACE_MAT_MULTIPLY: "@=",
    BinaryOp.INPLACE_FLOOR_DIVIDE: "//=", BinaryOp.INPLACE_TRUE_DIVIDE: "/=",
    BinaryOp.INPLACE_MODULO: "%=", BinaryOp.INPLACE_POWER: "**=",
}
# Operators that never fail on host values (only user special methods can raise).
_SAFE = {BinaryOp.EQUAL, BinaryOp.NOT_EQUAL, BinaryOp.IS}


def _binary(g, op: int) -> None:
    b = g.pop()
    a = g.pop()
    s = g.push_slot()
    g.flush_methods()
    if op == BinaryOp.EXCEPTION_MATCH:
        g.raw(f"{s} = _M_exc_match({a}, {b})")
        return
    if op in (BinaryOp.MODULO, BinaryOp.INPLACE_MODULO):
        # str % args formats the MicroPython way (vm.runtime.ops).
        g.raw(f"if _M_type({a}) in _M_STRB:")
        g.raw(f"    {s} = _M_strmod({a}, {b})")
        g.raw("else:")
        g.indent += 1
    elif op == BinaryOp.IN:
        # MicroPython finds a NaN in a sequence by equality only, never by identity.
        g.raw(f"if _M_type({a}) is _M_float and {a} != {a}:")
        g.raw(f"    {s} = _M_binop({op}, {a}, {b})")
        g.raw("else:")
        g.indent += 1
    elif op in (BinaryOp.POWER, BinaryOp.INPLACE_POWER):
        g.raw(f"if _M_type({a}) is not _M_int or _M_type({b}) is not _M_int:")
        g.raw(f"    {s} = _M_binop({op}, {a}, {b})")
        g.raw("else:")
        g.indent += 1
    if op in _SAFE:
        g.raw(f"{s} = {a} {_BINARY[op]} {b}")
    else:
        g.raw("try:")
        if op in _INPLACE:
            if a != s:
                g.raw(f"    {s} = {a}")
            g.raw(f"    {s} {_INPLACE[op]} {b}")
        else:
            g.raw(f"    {s} = {a} {_BINARY[op]} {b}")
        g.raw("except _M_Exception as _M_e:")
        g.raw(f"    {s} = _M_binop_fail({op}, {a}, {b}, _M_e)")
    if op in (BinaryOp.MODULO, BinaryOp.INPLACE_MODULO, BinaryOp.POWER,
              BinaryOp.INPLACE_POWER, BinaryOp.IN):
        g.indent -= 1


@emitter
def emit_BINARY_OP_MULTI(g, ins):
    _binary(g, ins.arg)


_UNARY = {UnaryOp.POSITIVE: "+", UnaryOp.NEGATIVE: "-", UnaryOp.INVERT: "~"}


@emitter
def emit_UNARY_OP_MULTI(g, ins):
    op = ins.arg
    a = g.pop()
    s = g.push_slot()
    g.flush_methods()
    if op == UnaryOp.NOT:
        g.raw(f"{s} = not {a}")
        return
    g.raw("try:")
    g.raw(f"    {s} = {_UNARY[op]}{a}")
    g.raw("except _M_Exception as _M_e:")
    g.raw(f"    {s} = _M_unop_fail({op}, {a}, _M_e)")


# ## Functions and calls


@emitter
def emit_MAKE_FUNCTION(g, ins):
    _meter.emit_charge(g, _meter.function_blocks(0))
    child = g.ns_value("c", g.unit.child(ins.arg, 0))
    g.push_value(f"_M_mkfun(_M_ctx, {child}, None, None, ())")


@emitter
def emit_MAKE_FUNCTION_DEFARGS(g, ins):
    defs, kwdefs = g.pop_n(2)
    _meter.emit_charge(g, _meter.function_blocks(0))
    child = g.ns_value("c", g.unit.child(ins.arg, 0))
    g.push_value(f"_M_mkfun(_M_ctx, {child}, {defs}, {kwdefs}, ())")


@emitter
def emit_MAKE_CLOSURE(g, ins):
    cells = g.pop_n(ins.extra)
    _meter.emit_charge(g, _meter.function_blocks(ins.extra))
    child = g.ns_value("c", g.unit.child(ins.arg, ins.extra))
    g.push_value(f"_M_mkfun(_M_ctx, {child}, None, None, ({', '.join(cells)},))")


@emitter
def emit_MAKE_CLOSURE_DEFARGS(g, ins):
    items = g.pop_n(2 + ins.extra)
    defs, kwdefs, cells = items[0], items[1], items[2:]
    _meter.emit_charge(g, _meter.function_blocks(ins.extra))
    child = g.ns_value("c", g.unit.child(ins.arg, ins.extra))
    g.push_value(f"_M_mkfun(_M_ctx, {child}, {defs}, {kwdefs}, ({', '.join(cells)},))")


def _record_call(g, fn: str, args: list[str], kw: list[str], method: str | None) -> None:
    """Remember the expressions of a call, to re-bind it on failure (exact messages)."""
    pairs = [(kw[i], kw[i + 1]) for i in range(0, len(kw), 2)]
    g.unit.call_sites[g.offset] = (fn, list(args), pairs, method)


def _kw_text(g, kw: list[str]) -> list[str]:
    """Keyword pairs (key expr, value expr, ...) as call-argument text."""
    out = []
    for i in range(0, len(kw), 2):
        key, value = kw[i], kw[i + 1]
        k = None
        if len(key) >= 2 and key[0] in "'\"":
            try:
                k = ast.literal_eval(key)
            except (ValueError, SyntaxError):
                k = None
        if isinstance(k, str) and _IDENT.match(k) and not keyword.iskeyword(k) and \
                not k.startswith("_M_"):
            out.append(f"{k}={value}")
        else:
            out.append(f"**{{{key}: {value}}}")
    return out


@emitter
def emit_CALL_FUNCTION(g, ins):
    npos, nkw = ins.arg & 0xFF, (ins.arg >> 8) & 0xFF
    ctor = npos == 1 and nkw == 0 and _is_constructor(g, 2)
    callee = len(g.stack) - 1 - npos - 2 * nkw
    callee_entry = g.stack[callee]
    items = g.pop_n(1 + npos + 2 * nkw)
    fn, args, kw = items[0], items[1:1 + npos], items[1 + npos:]
    text = ", ".join(args + _kw_text(g, kw))
    _record_call(g, fn, args, kw, None)
    if ctor:
        call = f"_M_ctor({fn}, {text})"
    else:
        call = f"{fn}({text})"
    g.push_value(_meter.wrap_call(g, callee, callee_entry, call))


@emitter
def emit_CALL_FUNCTION_VAR_KW(g, ins):
    npos, nkw = ins.arg & 0xFF, (ins.arg >> 8) & 0xFF
    items = g.pop_n(1 + npos + 2 * nkw + 1)
    fn, args, kw, star = items[0], items[1:1 + npos], items[1 + npos:-1], items[-1]
    g.push_value(f"_M_call_var_kw({fn}, _M_NULL, ({', '.join(args)}{',' if args else ''}), "
                 f"{star}, ({', '.join(kw)}{',' if kw else ''}))")


@emitter
def emit_CALL_METHOD(g, ins):
    npos, nkw = ins.arg & 0xFF, (ins.arg >> 8) & 0xFF
    n = npos + 2 * nkw
    base = len(g.stack) - n - 2
    entry = g.stack[base]
    if entry[0] == "m":
        obj, name = entry[1], entry[2]
        items = g.pop_n(n) if n else []
        del g.stack[base:]
        args, kw = items[:npos], items[npos:]
        text = ", ".join(args + _kw_text(g, kw))
        _record_call(g, obj, args, kw, name)
        slow = g.slow_types(name)
        comma = ", " if text else ""
        if name == "append" and npos == 1 and not nkw and _meter.metered(g):
            fast = _meter.append_call(g, obj, text)
        elif _IDENT.match(name) and not keyword.iskeyword(name) and not name.startswith("__"):
            fast = f"{obj}.{name}({text})"
        else:
            fast = f"_M_getattr({obj}, {name!r})({text})"
        if not slow:
            g.push_value(fast)
        else:
            g.push_value(f"{fast} if _M_type({obj}) not in {slow} else "
                         f"_M_callm({obj}, {name!r}{comma}{text})")
        return
    items = g.pop_n(n + 2)
    fn, self_, args, kw = items[0], items[1], items[2:2 + npos], items[2 + npos:]
    text = ", ".join(args + _kw_text(g, kw))
    if self_ == "_M_NULL":
        _record_call(g, fn, args, kw, None)
        g.push_value(f"{fn}({text})")
    else:
        comma = ", " if text else ""
        g.push_value(f"_M_callmd({fn}, {self_}{comma}{text})")


@emitter
def emit_CALL_METHOD_VAR_KW(g, ins):
    npos, nkw = ins.arg & 0xFF, (ins.arg >> 8) & 0xFF
    items = g.pop_n(2 + npos + 2 * nkw + 1)
    fn, self_ = items[0], items[1]
    args, kw, star = items[2:2 + npos], items[2 + npos:-1], items[-1]
    g.push_value(f"_M_call_var_kw({fn}, {self_}, ({', '.join(args)}{',' if args else ''}), "
                 f"{star}, ({', '.join(kw)}{',' if kw else ''}))")


@emitter
def emit_RETURN_VALUE(g, ins):
    value = g.pop()
    g.flush_all()
    if g.a.has_finally:
        g.raw(f"_M_pc, _M_x = _M_ret(_M_hs, {ins.offset}, {value})")
        g.raw("continue")
    else:
        g.raw(f"return {value}")
    _end(g)


# ## Generators


@emitter
def emit_YIELD_VALUE(g, ins):
    value = g.pop()
    s = g.push_slot()
    g.stmt(f"{s} = yield {value}")


@emitter
def emit_YIELD_FROM(g, ins):
    send = g.pop()
    it = g.pop()
    s = g.push_slot()
    if send == "None":
        g.stmt(f"{s} = yield from {it}")
    else:
        g.stmt(f"{s} = yield from _M_yield_from_send({it}, {send})")


# ## Imports


@emitter
def emit_IMPORT_NAME(g, ins):
    level, fromlist = g.pop_n(2)
    g.push_value(f"_M_import(_M_ctx, {g.qstr(ins.arg)!r}, {fromlist}, {level})")


@emitter
def emit_IMPORT_FROM(g, ins):
    mod = g.expr_at(len(g.stack) - 1)
    g.push_value(f"_M_import_from({mod}, {g.qstr(ins.arg)!r})")


@emitter
def emit_IMPORT_STAR(g, ins):
    mod = g.pop()
    g.stmt(f"_M_import_star({mod}, _M_L)")
