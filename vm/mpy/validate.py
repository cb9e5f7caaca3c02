"""Validate a ``CompiledModule`` before the VM runs it: a hostile .mpy must not hurt the VM.

Checks, per bytecode function (messages name the function and the offset):

* the prelude decodes and fits; argument counts, defaults and cells fit ``n_state``;
  name indices are in the qstr table;
* every byte of code belongs to a known instruction; every qstr, constant and child
  index is in range; every jump and exception-handler target is an instruction of the
  same function;
* abstract interpretation over all paths (``vm.bytecode.stack_effect``): the stack never
  underflows, locals plus the deepest stack fit ``n_state``, exception-block nesting
  fits ``n_exc_stack``, every join point is reached with one stack depth and one block
  stack, execution never runs off the end, and ``yield`` only appears in generators.

Native code (an architecture in the header, or a raw code of a native kind) is reported
as unsupported.  Only ``ValueError`` is ever raised.
"""

from __future__ import annotations

from typing import NamedTuple

from vm.bytecode import opcodes as _op
from vm.bytecode import prelude as _prelude
from vm.bytecode.decode import Instr, decode
from vm.bytecode.opcodes import QSTR
from vm.bytecode.stack_effect import BY_BYTE, ITER_BUF_SLOTS, NO_FALLTHROUGH
from vm.code import CodeKind, CompiledModule, RawCode
from vm.mpy import format as F

__all__ = ["validate", "validate_function", "FunctionFacts", "MAX_SMALL_INT_BITS"]

MAX_SMALL_INT_BITS = 63

_LOCAL_OPS = {"LOAD_FAST_N", "STORE_FAST_N", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF",
              "DELETE_DEREF"}
_LOCAL_MULTI = (_op.LOAD_FAST_MULTI, _op.STORE_FAST_MULTI + _op.STORE_FAST_MULTI_NUM)
_FUNCTION_OPS = {"MAKE_FUNCTION", "MAKE_FUNCTION_DEFARGS", "MAKE_CLOSURE",
                 "MAKE_CLOSURE_DEFARGS"}
_SETUPS = {"SETUP_EXCEPT", "SETUP_FINALLY", "SETUP_WITH"}


def validate(module: CompiledModule, *, max_small_int_bits: int = MAX_SMALL_INT_BITS) -> None:
    """Raise ValueError unless ``module`` is safe for the VM to run."""
    if module.arch != 0:
        raise ValueError("native code in .mpy unsupported")
    if not 1 <= module.small_int_bits <= max_small_int_bits:
        raise ValueError("incompatible .mpy file")
    if not module.qstrs:
        raise ValueError("empty qstr table (needs the source file name)")
    for i, c in enumerate(module.consts):
        if c is F.FUN_TABLE:
            raise ValueError(f"constant {i}: native function table in a bytecode module")
    stack = [(module.root, "<module>")]
    seen = 0
    while stack:
        rc, where = stack.pop()
        seen += 1
        if seen > 100_000:
            raise ValueError("too many functions")
        validate_function(rc, module, where)
        for i, child in enumerate(rc.children):
            stack.append((child, f"{where}/{i}"))
    if _prelude.decode(module.root.fun_data).is_generator:
        raise ValueError("module code cannot be a generator")


class FunctionFacts(NamedTuple):
    """What validation proved about one function."""

    max_stack: int  # deepest value stack on any verified path (incl. scratch space)
    max_blocks: int  # deepest exception-block nesting
    min_locals: int  # local slots the code and prelude use at least


def validate_function(rc: RawCode, module: CompiledModule, where: str = "?") -> FunctionFacts:
    """Validate one raw code (not its children); returns what was proved about it."""
    if rc.kind != CodeKind.BYTECODE:
        raise ValueError("native code in .mpy unsupported")
    data = rc.fun_data
    try:
        p = _prelude.decode(data)
    except ValueError as exc:
        raise ValueError(f"function {where}: {exc}") from None
    n_qstr = len(module.qstrs)
    if p.simple_name < n_qstr:
        where = f"{where} ({module.qstrs[p.simple_name]})"

    def fail(msg: str, offset: int | None = None):
        at = "" if offset is None else f" at offset {offset}"
        raise ValueError(f"function {where}{at}: {msg}")

    if p.simple_name >= n_qstr:
        fail(f"name qstr {p.simple_name} out of range ({n_qstr} qstrs)")
    for q in p.arg_names:
        if q >= n_qstr:
            fail(f"argument name qstr {q} out of range ({n_qstr} qstrs)")
    if p.n_def_pos_args > p.n_pos_args:
        fail("more default arguments than positional arguments")
    n_arg_slots = (p.n_pos_args + p.n_kwonly_args
                   + bool(p.scope_flags & _prelude.SCOPE_VARARGS)
                   + bool(p.scope_flags & _prelude.SCOPE_VARKEYWORDS))
    if n_arg_slots > p.n_state:
        fail(f"{n_arg_slots} argument slots exceed n_state {p.n_state}")
    for c in p.cells:
        if c >= p.n_state:
            fail(f"cell slot {c} outside n_state {p.n_state}")
    if p.code_start >= len(data):
        fail("no bytecode")

    try:
        code = decode(data, p.code_start, len(data))
    except ValueError as exc:
        fail(str(exc))
    n_locals = max([n_arg_slots, *(c + 1 for c in p.cells)])
    by_offset: dict[int, int] = {}
    for idx, ins in enumerate(code):
        by_offset[ins.offset] = idx
        n_locals = max(n_locals, _check_operands(ins, p, module, rc, fail))
    for ins in code:
        if ins.op.is_jump and ins.arg not in by_offset:
            fail(f"{ins.op.name} target {ins.arg} is not an instruction of this function",
                 ins.offset)
    max_depth, max_blocks = _interpret(code, by_offset, p, fail, module)
    if n_locals + max_depth > p.n_state:
        fail(f"{n_locals} locals and a stack of {max_depth} exceed n_state {p.n_state}")
    if max_blocks > p.n_exc_stack:
        fail(f"{max_blocks} nested exception blocks exceed n_exc_stack {p.n_exc_stack}")
    return FunctionFacts(max_depth, max_blocks, n_locals)


def _check_operands(ins: Instr, p, module: CompiledModule, rc: RawCode, fail) -> int:
    """Range-check an instruction's operand; returns the number of locals it implies."""
    op, arg = ins.op, ins.arg
    name = op.name
    if op.fmt == QSTR:
        if arg >= len(module.qstrs):
            fail(f"{name} qstr {arg} out of range ({len(module.qstrs)} qstrs)", ins.offset)
    elif name == "LOAD_CONST_OBJ":
        if arg >= len(module.consts):
            fail(f"constant {arg} out of range ({len(module.consts)} constants)", ins.offset)
        if module.consts[arg] is F.FUN_TABLE:
            fail("loads the native function table", ins.offset)
    elif name in _FUNCTION_OPS:
        if arg >= len(rc.children):
            fail(f"{name} child {arg} out of range ({len(rc.children)} children)",
                 ins.offset)
    elif name in _LOCAL_OPS or _LOCAL_MULTI[0] <= op.code < _LOCAL_MULTI[1]:
        if arg >= p.n_state:
            fail(f"{name} local {arg} outside n_state {p.n_state}", ins.offset)
        return arg + 1
    elif name == "BUILD_SLICE" and arg not in (2, 3):
        fail(f"BUILD_SLICE of {arg} items", ins.offset)
    elif name == "STORE_COMP" and arg & 3 == 3:
        fail("STORE_COMP of an unknown collection kind", ins.offset)
    elif name in ("YIELD_VALUE", "YIELD_FROM") and not p.is_generator:
        fail(f"{name} outside a generator", ins.offset)
    elif name in ("CALL_FUNCTION", "CALL_FUNCTION_VAR_KW", "CALL_METHOD",
                  "CALL_METHOD_VAR_KW", "UNPACK_EX") and arg >> 16:
        fail(f"{name} argument {arg} out of range", ins.offset)
    return 0


class _Dead(Exception):
    """A speculative path turned out impossible to execute: drop it."""


def _is_catch_all_test(code: list[Instr], idx: int, module: CompiledModule) -> bool:
    """True for ``LOAD_GLOBAL BaseException; EXCEPTION_MATCH; POP_JUMP_IF_FALSE``.

    mpy-cross emits this in ``async with`` handlers; the false branch can only run if the
    global ``BaseException`` was rebound, and its stack does not balance.  It is checked
    speculatively: a path that fails to verify is dropped instead of rejecting the file
    (the interpreter guards its stack on such paths).
    """
    if idx < 2 or code[idx].op.code != _op.POP_JUMP_IF_FALSE:
        return False
    match, load = code[idx - 1], code[idx - 2]
    return (match.op.code == _op.BINARY_OP_MULTI + _op.BinaryOp.EXCEPTION_MATCH
            and load.op.code in (_op.LOAD_GLOBAL, _op.LOAD_NAME)
            and module.qstrs[load.arg] == "BaseException")


def _interpret(code: list[Instr], by_offset: dict[int, int], p, fail,
               module: CompiledModule) -> tuple[int, int]:
    """Walk every path; returns (deepest stack, deepest block nesting)."""
    # State at an instruction: (stack depth, block stack, speculative).  A block is
    # (kind, depth at entry to the statement, handler offset).
    states: dict[int, tuple[int, tuple, bool]] = {}
    work: list[int] = []
    max_depth = max_blocks = 0

    def reach(idx: int, depth: int, blocks: tuple, origin: int, spec: bool) -> None:
        if idx >= len(code):
            if spec:
                raise _Dead
            fail("execution runs past the end of the function", origin)
        old = states.get(idx)
        if old is None or (old[2] and not spec):
            states[idx] = (depth, blocks, spec)
            work.append(idx)
        elif old[:2] != (depth, blocks):
            if spec:
                raise _Dead
            what = "stack depth" if old[0] != depth else "exception blocks"
            fail(f"inconsistent {what} at a join ({old[0]} vs {depth})", code[idx].offset)

    reach(0, 0, (), code[0].offset, False)
    while work:
        idx = work.pop()
        depth, blocks, spec = states[idx]
        try:
            d, b = _step(code, idx, depth, blocks, by_offset, reach,
                         _fail_dead if spec else fail, spec, module)
        except _Dead:
            continue
        if not spec:
            max_depth = max(max_depth, d)
            max_blocks = max(max_blocks, b)
    return max_depth, max_blocks


def _fail_dead(msg: str, offset: int | None = None):
    raise _Dead


def _step(code, idx, depth, blocks, by_offset, reach, fail, spec, module) -> tuple[int, int]:
    """Propagate the state of instruction ``idx``; returns (peak depth, block nesting)."""
    ins = code[idx]
    name = ins.op.name
    eff = BY_BYTE[ins.op.code]
    pops, pushes = eff.fall(ins.arg, ins.extra)
    if pops > depth:
        fail(f"{name} pops {pops} from a stack of {depth}", ins.offset)
    peak = max(depth - pops + pushes, depth + eff.peak)
    nest = len(blocks)
    if name == "STORE_COMP" and not pops <= (ins.arg >> 2) < depth:
        fail("STORE_COMP collection outside the stack", ins.offset)

    def go(target_idx, d, b, speculative=spec):
        reach(target_idx, d, b, ins.offset, speculative)

    if ins.op.is_jump:
        target = by_offset[ins.arg]
        if name in _SETUPS:
            entry = depth - (1 if name == "SETUP_WITH" else 0)
            inner = blocks + ((name, entry, ins.arg),)
            jpops, jpushes = eff.jump(ins.arg, ins.extra)
            go(target, depth - jpops + jpushes, inner)
            go(idx + 1, depth - pops + pushes, inner)
            return peak, len(inner)
        if name == "UNWIND_JUMP":
            n = ins.extra & 0x7F
            if n == 0 or n > len(blocks):
                fail(f"UNWIND_JUMP unwinds {n} of {len(blocks)} blocks", ins.offset)
            tdepth = blocks[-n][1] - (ITER_BUF_SLOTS if ins.extra & 0x80 else 0)
            if tdepth < 0:
                fail("UNWIND_JUMP pops an iterator that is not there", ins.offset)
            go(target, tdepth, blocks[:-n])
            return peak, nest
        if name == "POP_EXCEPT_JUMP":
            if not blocks:
                fail("POP_EXCEPT_JUMP outside an exception block", ins.offset)
            go(target, depth, blocks[:-1])
            return peak, nest
        jpops, jpushes = eff.jump(ins.arg, ins.extra)
        go(target, depth - jpops + jpushes, blocks,
           spec or _is_catch_all_test(code, idx, module))
    if name == "END_FINALLY":
        if not blocks:
            fail("END_FINALLY outside an exception block", ins.offset)
        blocks = blocks[:-1]
    if name not in NO_FALLTHROUGH:
        go(idx + 1, depth - pops + pushes, blocks)
    return peak, nest
