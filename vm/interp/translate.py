"""The translator: one RawCode -> one host Python function factory (generated source).

Design:

* The stack depth at each instruction is static, so stack slot *i* becomes the host local
  ``_s<i>``; bytecode locals become host locals (arguments keep their names so CPython binds
  keyword arguments natively).
* Instructions are grouped into basic blocks (split at jump targets and handler entries).
  A block is straight-line host code; a jump sets ``_M_pc`` and continues a ``while True``
  loop that selects the block by a binary tree of ``if`` tests.
* Inside a block the translator keeps a *symbolic* stack: constants, local-variable reads
  and ``obj.method`` references stay unevaluated until consumed, so ``x = a + 1`` becomes
  one host statement and ``led.on()`` a single host method call (no VM bound method).
* Exceptions: the dispatch loop sits in one ``try``; ``support.handle`` maps the host line
  that raised back to the bytecode offset (``Unit.offset_of_line``), records the traceback
  entry and picks the handler from the frame's run-time handler stack ``_M_hs``.  Handlers
  are entered through *landing* blocks that first store the exception (or unwind reason)
  into the handler's stack slot.
* Generators are host generators: ``YIELD_VALUE`` is ``yield``, ``YIELD_FROM`` is
  ``yield from``.

The generated factory is ``factory(ctx, defaults, kwdefaults, cells) -> function``.
"""

from __future__ import annotations

import keyword
import re
import warnings

from vm.bytecode import opcodes as _op
from vm.interp import support as _support
from vm.interp.unit import Unit

__all__ = ["translate", "Gen", "NAMESPACE", "analyse"]

#: Names every generated module sees (besides its own constants).
NAMESPACE: dict[str, object] = {}


def _init_namespace() -> None:
    from vm.interp import binding
    from vm.objects.cell import Cell
    s = _support
    NAMESPACE.update({
        "_M_NULL": s.NULL,
        "_M_handle": s.handle, "_M_ret": s.unwind_return, "_M_ujump": s.unwind_jump,
        "_M_endfin2": s.end_finally_unwinding, "_M_withc": s.with_cleanup,
        "_M_raise_last": s.raise_last, "_M_ctor": s.call_constructor,
        "_M_mkexc": s.make_raise_obj, "_M_exc_match": s.exc_match,
        "_M_binop_fail": s.binop_fail, "_M_unop_fail": s.unop_fail, "_M_binop": s.binop,
        "_M_warn": s.warn, "_M_strmod": s.str_mod,
        "_M_load_attr": s.load_attr, "_M_exc_attr": s.exception_attr, "_M_store_attr": s.store_attr,
        "_M_delete_attr": s.delete_attr, "_M_callm": s.call_method,
        "_M_load_method": s.load_method, "_M_subscr": s.subscr,
        "_M_store_subscr": s.store_subscr, "_M_delete_subscr": s.delete_subscr,
        "_M_get_iter": s.get_iter, "_M_iter_next": s.iter_next, "_M_unpack": s.unpack,
        "_M_unpack_ex": s.unpack_ex, "_M_call_var_kw": s.call_var_kw,
        "_M_callmd": s.call_method_dyn, "_M_yield_from_send": s.yield_from_send,
        "_M_super_method": s.super_method,
        "_M_load_global": s.load_global, "_M_load_name": s.load_name,
        "_M_delete_name": s.delete_name, "_M_name_error": s.name_error,
        "_M_import": s.import_name, "_M_import_from": s.import_from,
        "_M_import_star": s.import_star, "_M_Cell": Cell, "_M_bind": binding.bind,
        "_M_type": type, "_M_int": int, "_M_float": float, "_M_str": str, "_M_bytes": bytes,
        "_M_STRB": (str, bytes, bytearray), "_M_iter": iter, "_M_next": next,
        "_M_slice": slice, "_M_set": set, "_M_tuple": tuple, "_M_getattr": getattr,
        "_M_setattr": setattr, "_M_delattr": delattr, "_M_isinstance": isinstance,
        "_M_BaseException": BaseException, "_M_StopIteration": StopIteration,
        "_M_Exception": Exception, "_M_TypeError": TypeError, "_M_SystemError": SystemError,
        "_M_mkfun": make_function,
    })
    from vm.heap import meter
    NAMESPACE.update(meter.NAMESPACE)  # heap accounting hooks (vm/heap/meter.py)


def make_function(ctx, unit: Unit, defaults, kwdefaults, cells):
    """``MAKE_FUNCTION``/``MAKE_CLOSURE``: a new VM function (a host function).

    ``defaults`` is the positional-defaults tuple and ``kwdefaults`` the keyword-only
    defaults dict; either may be None or NULL (absent)."""
    if defaults is _support.NULL:
        defaults = None
    if kwdefaults is _support.NULL:
        kwdefaults = None
    return unit.get_factory()(ctx, defaults, kwdefaults, cells)


# ## Static analysis: stack depths and blocks


def _call_counts(arg: int) -> tuple[int, int]:
    return arg & 0xFF, (arg >> 8) & 0xFF


def _effect(ins) -> int:
    """Stack-depth change of ``ins`` when it falls through (MicroPython's slot counts)."""
    name = ins.op.name
    code = ins.op.code
    if code >= _op.BINARY_OP_MULTI:
        return -1
    if code >= _op.UNARY_OP_MULTI:
        return 0
    if code >= _op.STORE_FAST_MULTI:
        return -1
    if code >= _op.LOAD_CONST_SMALL_INT_MULTI:
        return 1
    arg = ins.arg
    e = _EFFECTS.get(name)
    if e is not None:
        return e
    if name in ("BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_SLICE"):
        return 1 - arg
    if name == "STORE_COMP":
        return -2 if arg & 3 == 1 else -1
    if name == "UNPACK_SEQUENCE":
        return arg - 1
    if name == "UNPACK_EX":
        return (arg & 0xFF) + ((arg >> 8) & 0xFF)
    if name == "MAKE_CLOSURE":
        return 1 - ins.extra
    if name == "MAKE_CLOSURE_DEFARGS":
        return -1 - ins.extra
    if name.startswith("CALL_"):
        npos, nkw = _call_counts(arg)
        extra = {"CALL_FUNCTION": 0, "CALL_FUNCTION_VAR_KW": 1, "CALL_METHOD": 1,
                 "CALL_METHOD_VAR_KW": 2}[name]
        return -(npos + 2 * nkw + extra)
    raise ValueError(f"no stack effect for {name}")


_EFFECTS = {
    "LOAD_CONST_FALSE": 1, "LOAD_CONST_NONE": 1, "LOAD_CONST_TRUE": 1,
    "LOAD_CONST_SMALL_INT": 1, "LOAD_CONST_STRING": 1, "LOAD_CONST_OBJ": 1, "LOAD_NULL": 1,
    "LOAD_FAST_N": 1, "LOAD_DEREF": 1, "LOAD_NAME": 1, "LOAD_GLOBAL": 1, "LOAD_ATTR": 0,
    "LOAD_METHOD": 1, "LOAD_SUPER_METHOD": -1, "LOAD_BUILD_CLASS": 1, "LOAD_SUBSCR": -1,
    "STORE_FAST_N": -1, "STORE_DEREF": -1, "STORE_NAME": -1, "STORE_GLOBAL": -1,
    "STORE_ATTR": -2, "STORE_SUBSCR": -3, "DELETE_FAST": 0, "DELETE_DEREF": 0,
    "DELETE_NAME": 0, "DELETE_GLOBAL": 0, "DUP_TOP": 1, "DUP_TOP_TWO": 2, "POP_TOP": -1,
    "ROT_TWO": 0, "ROT_THREE": 0, "UNWIND_JUMP": 0, "JUMP": 0, "POP_JUMP_IF_TRUE": -1,
    "POP_JUMP_IF_FALSE": -1, "JUMP_IF_TRUE_OR_POP": -1, "JUMP_IF_FALSE_OR_POP": -1,
    "SETUP_WITH": 2, "SETUP_EXCEPT": 0, "SETUP_FINALLY": 0, "POP_EXCEPT_JUMP": 0,
    "FOR_ITER": 1, "WITH_CLEANUP": -2, "END_FINALLY": -1, "GET_ITER": 0,
    "GET_ITER_STACK": 3, "BUILD_MAP": 1, "STORE_MAP": -2, "RETURN_VALUE": -1,
    "RAISE_LAST": 0, "RAISE_OBJ": -1, "RAISE_FROM": -2, "YIELD_VALUE": 0, "YIELD_FROM": -1,
    "MAKE_FUNCTION": 1, "MAKE_FUNCTION_DEFARGS": -1, "IMPORT_NAME": -1, "IMPORT_FROM": 1,
    "IMPORT_STAR": -1,
}

_NO_FALLTHROUGH = {"JUMP", "UNWIND_JUMP", "POP_EXCEPT_JUMP", "RETURN_VALUE", "RAISE_LAST",
                   "RAISE_OBJ", "RAISE_FROM"}
_SETUPS = {"SETUP_WITH", "SETUP_EXCEPT", "SETUP_FINALLY"}


def _successors(ins, depth: int, hs: tuple, uw: int) -> list[tuple]:
    """Where control can go from ``ins`` executed in state (depth, hs, uw).

    ``hs`` is the static handler stack (a tuple of ``"e"``xcept, ``"f"``inally, ``"w"``ith);
    ``uw`` the handler-stack depth of the innermost finally/with handler region entered by
    *unwinding* (a ``return``/``break`` running the finally code), whose reason takes two
    slots as in MicroPython (-1: none).  Returns (offset, depth, hs, uw, kind) with kind
    ``fall``, ``jump``, ``exc`` (exception landing) or ``unwind`` (unwind landing).
    """
    name = ins.op.name
    xd = len(hs)
    out = []
    fall_hs = hs
    if name in _SETUPS:
        fall_hs = hs + (_KIND[name],)
    elif name == "END_FINALLY":
        if uw == xd:
            return []  # the unwind variant never falls through: it continues unwinding
        fall_hs = hs[:-1]
    if name not in _NO_FALLTHROUGH:
        nd = depth + _effect(ins)
        out.append((ins.next_offset, nd, fall_hs, uw if uw <= len(fall_hs) else -1, "fall"))
    if ins.op.is_jump:
        t = ins.arg
        if name == "FOR_ITER":
            out.append((t, depth - 4, hs, uw, "jump"))
        elif name in _SETUPS:
            inner = hs + (_KIND[name],)
            base = depth + 1 if name == "SETUP_WITH" else depth
            out.append((t, base + 1, inner, uw, "exc"))
            if name != "SETUP_EXCEPT":
                out.append((t, base + 2, inner, xd + 1, "unwind"))
        elif name == "UNWIND_JUMP":
            count = ins.extra & 0x7F
            left = hs[:len(hs) - count]
            # Each ``with`` left behind pops its __exit__ pair (in WITH_CLEANUP).
            nd = depth - (4 if ins.extra & 0x80 else 0) - 2 * hs[len(left):].count("w")
            out.append((t, nd, left, uw if uw <= len(left) else -1, "jump"))
        elif name in ("JUMP_IF_TRUE_OR_POP", "JUMP_IF_FALSE_OR_POP"):
            out.append((t, depth, hs, uw, "jump"))
        elif name in ("POP_JUMP_IF_TRUE", "POP_JUMP_IF_FALSE"):
            out.append((t, depth - 1, hs, uw, "jump"))
        elif name == "POP_EXCEPT_JUMP":
            out.append((t, depth, hs[:-1], uw if uw <= xd - 1 else -1, "jump"))
        else:  # JUMP
            out.append((t, depth, hs, uw, "jump"))
    return out


_KIND = {"SETUP_EXCEPT": "e", "SETUP_FINALLY": "f", "SETUP_WITH": "w"}


_NEEDS = {"ROT_TWO": 2, "ROT_THREE": 3, "DUP_TOP": 1, "DUP_TOP_TWO": 2, "POP_TOP": 1,
          "WITH_CLEANUP": 3, "END_FINALLY": 1}


def needs(ins) -> int:
    """Minimum stack depth ``ins`` needs (paths that could not supply it are dead: they
    only arise from tests the compiler knows cannot fail, e.g. ``isinstance(exc,
    BaseException)`` in ``async with``)."""
    n = _NEEDS.get(ins.op.name)
    if n is not None:
        return n
    return max(0, -_effect(ins))


class Analysis:
    """Reachable states, basic blocks and handler landings of a unit.

    A block is keyed by (offset, depth, uw): MicroPython's finally handlers are entered
    with one reason slot (None or an exception) or two (unwinding: value and cause), so the
    same handler code is translated once per entry shape.
    """

    def __init__(self, unit: Unit) -> None:
        by_off = unit.by_offset
        start = unit.prelude.code_start
        first = (start, 0, (), -1)
        states = {first}
        work = [first]
        leader_offsets = {start}
        self.exc_landings: set[tuple] = set()
        self.unwind_landings: set[tuple] = set()
        self.hs: dict[tuple, tuple] = {}
        while work:
            off, d, hs, uw = work.pop()
            ins = by_off.get(off)
            if ins is None:
                raise ValueError(f"jump into the middle of an instruction at {off}")
            if d < needs(ins):
                continue  # a dead path (see ``needs``)
            for nxt, nd, nhs, nuw, kind in _successors(ins, d, hs, uw):
                if nd < 0:
                    continue
                if kind != "fall" or ins.op.name in _NO_FALLTHROUGH:
                    leader_offsets.add(nxt)
                if kind == "exc":
                    self.exc_landings.add((nxt, nd, nuw))
                elif kind == "unwind":
                    self.unwind_landings.add((nxt, nd, nuw))
                st = (nxt, nd, nhs, nuw)
                if st not in states:
                    states.add(st)
                    work.append(st)
        self.states = states
        keys = sorted({(o, d, uw) for o, d, hs, uw in states if o in leader_offsets})
        for o, d, hs, uw in states:
            self.hs[(o, d, uw)] = hs
        self.leader_offsets = leader_offsets
        self.keys = keys
        self.block_id = {k: i for i, k in enumerate(keys)}
        n = len(keys)
        landings = sorted(self.exc_landings) + sorted(self.unwind_landings)
        #: (key, kind) -> landing block id; landings first store ``_M_x`` in the reason slot(s)
        self.landing = {}
        for i, k in enumerate(sorted(self.exc_landings)):
            self.landing[(k, "exc")] = n + i
        for i, k in enumerate(sorted(self.unwind_landings)):
            self.landing[(k, "unwind")] = n + len(self.exc_landings) + i
        del landings
        reachable = {o for o, _, _, _ in states}
        self.reachable = reachable
        self.has_setup = any(i.op.name in _SETUPS for i in unit.instrs if i.offset in reachable)
        self.has_finally = any(i.op.name in ("SETUP_WITH", "SETUP_FINALLY")
                               for i in unit.instrs if i.offset in reachable)
        # Module code is always called with its namespace (``_M_L``), even when it names
        # nothing (``'a' + 1`` alone).
        self.uses_names = unit.name == "<module>" or any(
            i.op.name in ("LOAD_NAME", "STORE_NAME", "DELETE_NAME", "IMPORT_STAR")
            for i in unit.instrs)
        self.has_yield = any(i.op.name in ("YIELD_VALUE", "YIELD_FROM") for i in unit.instrs)


def analyse(unit: Unit) -> Analysis:
    return Analysis(unit)


# ## Code generation state

#: attribute name -> builtin types whose attribute differs from the host's (cached).
_SLOW_TYPES: dict[str, frozenset] = {}

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z_0-9]*$")
_RESERVED = re.compile(r"^(_M_|_[sl]\d+$)")


def _safe_name(n: str) -> bool:
    return bool(_IDENT.match(n)) and not keyword.iskeyword(n) and not _RESERVED.match(n)


class Gen:
    """Per-unit generation state (the emitters in ``vm.interp.emitters`` drive it)."""

    def __init__(self, unit: Unit, analysis: Analysis) -> None:
        self.unit = unit
        self.a = analysis
        self.ns: dict[str, object] = {}
        self.lines: list[tuple[int, str, int]] = []  # (indent, text, offset)
        self.indent = 0
        self.offset = 0
        self.stack: list[list] = []
        self.n_named = unit.n_pos_args + unit.n_kwonly_args
        names = unit.arg_names
        self.fast_binding = unit.n_kwonly_args == 0
        # Arguments keep their names (for keyword calls) unless unusable as host names.
        self.arg_vars = [n if _safe_name(n) and names.count(n) == 1 else f"_l{i}"
                         for i, n in enumerate(names)]
        self._const_names: dict[tuple, str] = {}
        self.ended = False  # the current block has transferred control

    # ## Names

    def local(self, i: int) -> str:
        if self.fast_binding and i < self.n_named:
            return self.arg_vars[i]
        return f"_l{i}"

    def const(self, value: object) -> str:
        """An expression for constant ``value`` (literal or namespace name)."""
        if value is None or value is True or value is False:
            return repr(value)
        t = type(value)
        if t is int and -(1 << 62) < value < (1 << 62):  # type: ignore[operator]
            return f"({value!r})"
        if t is str and len(value) < 200:  # type: ignore[arg-type]
            return repr(value)
        key = (t, repr(value), id(value) if t not in (int, str, bytes, float) else 0)
        name = self._const_names.get(key)
        if name is None:
            name = f"_M_k{len(self._const_names)}"
            self._const_names[key] = name
            self.ns[name] = value
        return name

    def ns_value(self, prefix: str, value: object) -> str:
        key = (prefix, id(value))
        name = self._const_names.get(key)
        if name is None:
            name = f"_M_{prefix}{len(self._const_names)}"
            self._const_names[key] = name
            self.ns[name] = value
        return name

    def qstr(self, index: int) -> str:
        return self.unit.module.qstrs[index]

    # ## Output

    def raw(self, text: str) -> None:
        self.lines.append((self.indent, text, self.offset))

    def stmt(self, text: str) -> None:
        """Emit a statement with side effects: pending method lookups happen first."""
        self.flush_methods()
        self.raw(text)

    # ## Symbolic stack
    # Entries: ["v"] value in _s<i>; ["c", expr] pure constant; ["l", name] read of a
    # local; ["m", objexpr, attr] lazy method lookup (2 slots, the second is ["ms"]).

    @property
    def depth(self) -> int:
        return len(self.stack)

    def slot(self, i: int) -> str:
        return f"_s{i}"

    def push_lazy(self, kind: str, expr: str) -> None:
        self.stack.append([kind, expr])

    def push_value(self, expr: str) -> None:
        """Evaluate ``expr`` now into the next slot."""
        i = len(self.stack)
        self.stmt(f"_s{i} = {expr}")
        self.stack.append(["v"])

    def push_slot(self) -> str:
        """Reserve the next slot for a value the caller assigns; returns its name."""
        i = len(self.stack)
        self.stack.append(["v"])
        return f"_s{i}"

    def expr_at(self, i: int) -> str:
        e = self.stack[i]
        k = e[0]
        if k == "v":
            return f"_s{i}"
        if k in ("c", "l"):
            return e[1]
        self.materialise(i)
        return f"_s{i}"

    def pop(self) -> str:
        i = len(self.stack) - 1
        e = self.stack[i]
        if e[0] in ("m", "ms"):
            self.materialise(i - 1 if e[0] == "ms" else i)
            e = self.stack[i]
        expr = f"_s{i}" if e[0] == "v" else e[1]
        self.stack.pop()
        return expr

    def pop_n(self, n: int) -> list[str]:
        """Pop n entries; returns their expressions bottom first."""
        if n == 0:
            return []
        base = len(self.stack) - n
        for i in range(base, len(self.stack)):
            if self.stack[i][0] in ("m", "ms"):
                self.materialise(i if self.stack[i][0] == "m" else i - 1)
        out = [self.expr_at(i) for i in range(base, len(self.stack))]
        del self.stack[base:]
        return out

    def materialise(self, i: int) -> None:
        e = self.stack[i]
        k = e[0]
        if k == "v":
            return
        if k in ("c", "l"):
            self.raw(f"_s{i} = {e[1]}")
            self.stack[i] = ["v"]
        elif k == "m":
            from vm.heap.meter import method_expr  # a metered list.append, else None
            expr = method_expr(self, e[1], e[2])
            self.raw(f"_s{i} = {expr or self.attr_load_expr(e[1], e[2], method=True)}")
            self.raw(f"_s{i + 1} = _M_NULL")
            self.stack[i] = ["v"]
            self.stack[i + 1] = ["c", "_M_NULL"]
        elif k == "ms":
            self.materialise(i - 1)

    def flush_methods(self) -> None:
        for i, e in enumerate(self.stack):
            if e[0] == "m":
                self.materialise(i)

    def flush_local(self, name: str) -> None:
        """Before ``name`` is assigned: evaluate pending reads of it."""
        for i, e in enumerate(self.stack):
            if (e[0] == "l" and e[1] == name) or (e[0] == "m" and e[1] == name):
                self.materialise(i)

    def flush_all(self) -> None:
        for i in range(len(self.stack)):
            self.materialise(i)
        for i in range(len(self.stack)):
            if self.stack[i][0] != "v":
                self.raw(f"_s{i} = {self.stack[i][1]}")
                self.stack[i] = ["v"]

    # ## Attribute access

    def slow_types(self, name: str) -> str:
        """Namespace name of the builtin types whose VM attribute ``name`` is not the host
        one (their lookups take the slow path through ``vm.runtime.ops``); "" when no
        value can need the slow path (no builtin type has ``name`` at all)."""
        slow = _SLOW_TYPES.get(name)
        if slow is None:
            from vm.objects.attrs import METHODS
            kinds = set(t for t, table in METHODS.items()
                        if table.get(name) is None or table.get(name) is not
                        t.__dict__.get(name))
            if name in ("close", "throw"):
                kinds.add(type((lambda: (yield))()))  # see support.generator_call
            if name == "__name__":
                kinds.add(type)  # host classes have host names (``list_iterator``)
            # Only builtin values can take the slow path, and only for names one of their
            # host types has at all: any other name needs no guard.
            if not any(hasattr(t, name) for t in kinds):
                kinds = set()
            slow = _SLOW_TYPES[name] = frozenset(kinds)
        if not slow:
            return ""
        return self.ns_value("SA", slow)

    def attr_load_expr(self, obj: str, name: str, method: bool = False) -> str:
        slow = self.slow_types(name)
        helper = "_M_load_method" if method else "_M_load_attr"
        if _IDENT.match(name) and not keyword.iskeyword(name) and not name.startswith("__"):
            fast = f"{obj}.{name}"
        else:
            fast = f"_M_getattr({obj}, {name!r})"
        if not slow:
            return fast
        return f"({fast} if _M_type({obj}) not in {slow} else {helper}({obj}, {name!r}))"

    # ## Control flow

    @property
    def xd(self) -> int:
        return len(self.hs)

    def landing_ids(self, ins) -> tuple[int, int]:
        """(exception landing, unwind landing or -1) of a SETUP_* instruction."""
        base = len(self.stack)  # for SETUP_WITH: called with the __exit__ pair pushed
        exc = self.a.landing[((ins.arg, base + 1, self.uw), "exc")]
        if ins.op.name == "SETUP_EXCEPT":
            return exc, -1
        unwind = self.a.landing[((ins.arg, base + 2, len(self.hs) + 1), "unwind")]
        return exc, unwind

    def block(self, target_offset: int, depth: int, uw: int) -> int:
        return self.a.block_id[(target_offset, depth, uw)]

    def goto(self, target_offset: int, from_offset: int, depth: int | None = None,
             uw: int | None = None) -> None:
        """Transfer to the block at ``target_offset`` (the stack must be flushed)."""
        if depth is None:
            depth = len(self.stack)
        if uw is None:
            uw = self.uw
        block = self.block(target_offset, depth, uw)
        if target_offset <= from_offset:
            self.raw("if _M_P[0]: _M_service()")
        self.raw(f"_M_pc = {block}")
        self.raw("continue")


# ## Driver


def translate(unit: Unit) -> None:
    """Translate ``unit`` and set ``unit.factory`` (cached on the unit)."""
    if not NAMESPACE:
        _init_namespace()
    from vm.interp.emitters import emit_block
    a = Analysis(unit)
    g = Gen(unit, a)
    from vm.heap import meter
    g.metered = meter.enabled()  # heap accounting hooks in this unit's code
    bodies: dict[int, list[tuple[int, str, int]]] = {}
    for key, b in a.block_id.items():
        bodies[b] = emit_block(g, key, None)
    for (key, kind), lid in a.landing.items():
        bodies[lid] = emit_block(g, key, kind)
    # RETURN_BLOCK: used by unwinding through finally and by generators.
    if a.has_finally:  # unwinding a return through finally ends there
        bodies[_support.RETURN_BLOCK] = [(0, "return _M_x", unit.prelude.code_start)]
    n_real = len(a.block_id)
    for b in range(n_real):
        bodies[b] = _loopify(b, _inline_tail(b, bodies, n_real))
    for lid in range(n_real, n_real + len(a.landing)):
        bodies[lid] = _inline_tail(lid, bodies, n_real)

    src: list[tuple[int, str, int]] = []
    code_start = unit.prelude.code_start

    def add(indent: int, text: str, off: int = code_start) -> None:
        src.append((indent, text, off))

    name = unit.name if _safe_name(unit.name) else "_M_fn"
    add(0, "def _M_factory(_M_ctx, _M_defs, _M_kwdefs, _M_cells):")
    add(1, "_M_G = _M_ctx.globals")
    add(1, "_M_B = _M_ctx.builtins")
    # This VM's pending-event flag and service (vm/interp/pending.py), bound per function
    # made, not per unit: units and their factories may be shared between VMs.
    add(1, "_M_P = _M_ctx.vm.pending.flag")
    add(1, "_M_service = _M_ctx.vm.pending.service")
    if g.metered:
        add(1, "_M_hc, _M_hp, _M_hv, _M_hg = _M_ctx.vm.heap.hooks")
    n_closed = unit.n_closed
    n_def = unit.n_def_pos_args
    params: list[str] = []
    if g.fast_binding:
        if n_closed:
            closed = [g.local(i) for i in range(n_closed)]
            add(1, f"{', '.join(closed)}{',' if n_closed == 1 else ''} = _M_cells")
        if n_def:
            dnames = [f"_M_d{i}" for i in range(n_def)]
            add(1, f"{', '.join(dnames)}{',' if n_def == 1 else ''} = _M_defs")
        first_def = unit.n_pos_args - n_def
        for i in range(n_closed, unit.n_pos_args):
            p = g.local(i)
            if i >= first_def:
                p += f"=_M_d{i - first_def}"
            params.append(p)
        idx = g.n_named
        if unit.has_varargs:
            params.append(f"*{g.local(idx)}")
            idx += 1
        if unit.has_varkw:
            params.append(f"**{g.local(idx)}")
        if a.uses_names:
            if not unit.has_varargs:
                params.append("*")
            if unit.has_varkw:  # the keyword-only marker must precede **kw
                params.insert(len(params) - 1, "_M_L=None")
            else:
                params.append("_M_L=None")
    else:
        params = ["*_M_a", "**_M_k"]
    add(1, f"def {name}({', '.join(params)}):")
    if not g.fast_binding:
        n_all = g.n_named + unit.has_varargs + unit.has_varkw
        if a.uses_names:
            add(2, "_M_L = _M_k.pop('_M_L', None)")
        if n_all:
            targets = ", ".join(g.local(i) for i in range(n_all))
            comma = "," if n_all == 1 else ""
            add(2, f"{targets}{comma} = _M_bind(_M_U, _M_defs or (), _M_kwdefs, "
                   f"_M_cells + _M_a, _M_k)")
        else:
            add(2, "_M_bind(_M_U, (), None, _M_cells + _M_a, _M_k)")
    if a.uses_names:
        add(2, "if _M_L is None: _M_L = _M_G")
    if unit.is_generator and not a.has_yield:
        add(2, "if 0: yield")
    add(2, "if _M_P[0]: _M_service()")
    if g.metered:  # an __init__ charges its new instance (vm/heap/meter.py)
        for text in meter.entry_charge(unit):
            add(2, text)
    n_all = g.n_named + unit.has_varargs + unit.has_varkw
    for c in unit.cells:
        if c < n_all:
            add(2, f"{g.local(c)} = _M_Cell({g.local(c)})")
        else:
            add(2, f"{g.local(c)} = _M_Cell()")
    add(2, "_M_hs = []" if a.has_setup else "_M_hs = ()")
    add(2, "_M_pc = 0")
    add(2, "while True:")
    add(3, "try:")
    add(4, "while True:")
    ids = sorted(bodies)
    _emit_tree(add, ids, bodies, 5)
    add(3, "except _M_BaseException as _M_e:")
    add(4, "_M_pc, _M_x = _M_handle(_M_U, _M_e, _M_hs)")
    add(1, f"{name}.__name__ = {unit.name!r}")
    add(1, f"{name}.__qualname__ = {unit.name!r}")
    add(1, f"return {name}")

    text = "\n".join("    " * ind + t for ind, t, _ in src) + "\n"
    line_offsets = [code_start] + [off for _, _, off in src]
    ns = dict(NAMESPACE)
    ns.update(g.ns)
    ns["_M_U"] = unit
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. "is" with a literal: intended here
        code = compile(text, f"<mote {unit.module.source_file}:{unit.name}>", "exec")
    exec(code, ns)
    unit.source = text
    unit._line_offsets = line_offsets
    unit.factory = ns["_M_factory"]


# ## Control-flow clean-ups on the generated blocks

#: Blocks this short (in lines) are copied into a predecessor that jumps to them.
INLINE_LIMIT = 40


def _goto_target(lines, i) -> int | None:
    """Block number if lines[i:i+2] are ``_M_pc = N`` / ``continue`` at one indent."""
    if i + 1 >= len(lines):
        return None
    ind, text, _ = lines[i]
    ind2, text2, _ = lines[i + 1]
    if text2 == "continue" and ind2 == ind and text.startswith("_M_pc = "):
        rest = text[8:]
        if rest.lstrip("-").isdigit():
            return int(rest)
    return None


def _inline_tail(b: int, bodies, n_real: int) -> list:
    """Replace a block's final jump to a short block by a copy of that block (so a loop
    body falls into its loop test without a dispatch)."""
    lines = bodies[b]
    if len(lines) < 2:
        return lines
    t = _goto_target(lines, len(lines) - 2)
    if t is None or t == b or t < 0 or t >= n_real or lines[-2][0] != 0:
        return lines
    target = bodies[t]
    if len(target) > INLINE_LIMIT:
        return lines
    return lines[:-2] + list(target)


def _loopify(b: int, lines: list) -> list:
    """A block that jumps to itself becomes a host ``while`` loop: the self jump is a
    ``continue``; any other transfer leaves the loop and goes through the dispatcher."""
    self_jumps = [i for i in range(len(lines)) if _goto_target(lines, i) == b]
    if not self_jumps:
        return lines
    drop = set(self_jumps)
    out = [(0, "while True:", lines[0][2])]
    for i, (ind, text, off) in enumerate(lines):
        if i in drop:
            continue  # the ``_M_pc = b``: stay in the loop
        if text == "continue" and i - 1 not in drop:
            text = "break"
        out.append((ind + 1, text, off))
    out.append((0, "continue", lines[-1][2]))
    return out


def _emit_tree(add, ids: list[int], bodies, indent: int) -> None:
    if len(ids) == 1:
        for ind, text, off in bodies[ids[0]]:
            add(indent + ind, text, off)
        return
    mid = len(ids) // 2
    add(indent, f"if _M_pc < {ids[mid]}:")
    _emit_tree(add, ids[:mid], bodies, indent + 1)
    add(indent, "else:")
    _emit_tree(add, ids[mid:], bodies, indent + 1)
