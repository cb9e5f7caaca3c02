"""How each opcode moves the value stack: the table the validator's abstract interpreter uses.

For every opcode of ``vm.bytecode.opcodes`` there is one ``Effect``: how many values the
instruction pops and pushes when execution falls through to the next instruction, and,
for jumps, when it takes the jump.  Counts may depend on the decoded argument and the
extra byte; they then are functions of ``(arg, extra)``.  ``peak`` is scratch space the
instruction needs above its inputs (MicroPython's emitter reserves it too, so it is
included in the prelude's ``n_state``).

Facts from MicroPython's ``py/vm.c`` and the stack accounting in ``py/emitbc.c``; a ``for``
loop's iterator occupies ``ITER_BUF_SLOTS`` stack slots (``MP_OBJ_ITER_BUF_NSLOTS``).

Exception blocks (``SETUP_*``, ``POP_EXCEPT_JUMP``, ``END_FINALLY``, ``UNWIND_JUMP``) also
move the exception-block stack; that part is modelled in ``vm.mpy.validate``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Union

from vm.bytecode import opcodes as _op

__all__ = ["Effect", "EFFECTS", "ITER_BUF_SLOTS", "effect_of", "TERMINAL", "NO_FALLTHROUGH"]

ITER_BUF_SLOTS = 4

Count = Union[int, Callable[[int, int], int]]


@dataclass(frozen=True)
class Effect:
    """Stack use of one opcode.  ``jump_*`` are None for opcodes that do not jump."""

    pops: Count
    pushes: Count
    jump_pops: Count | None = None
    jump_pushes: Count | None = None
    peak: int = 0

    def fall(self, arg, extra) -> tuple[int, int]:
        return _eval(self.pops, arg, extra), _eval(self.pushes, arg, extra)

    def jump(self, arg, extra) -> tuple[int, int]:
        return _eval(self.jump_pops, arg, extra), _eval(self.jump_pushes, arg, extra)


def _eval(count, arg, extra) -> int:
    return count(arg, extra) if callable(count) else count


def _call_args(arg, _extra) -> int:
    # n_positional in the low byte, n_keyword (each a key and a value) in the next.
    return (arg & 0xFF) + 2 * ((arg >> 8) & 0xFF)


def _store_comp_pops(arg, _extra) -> int:
    return 2 if arg & 3 == 1 else 1  # dict comprehension stores a key and a value


#: Opcodes after which execution never falls through to the next instruction.
NO_FALLTHROUGH = {"JUMP", "UNWIND_JUMP", "POP_EXCEPT_JUMP", "RETURN_VALUE", "RAISE_LAST",
                  "RAISE_OBJ", "RAISE_FROM"}
#: Opcodes that leave the function.
TERMINAL = {"RETURN_VALUE", "RAISE_LAST", "RAISE_OBJ", "RAISE_FROM"}

E = Effect
EFFECTS: dict[str, Effect] = {
    # Load
    "LOAD_CONST_FALSE": E(0, 1), "LOAD_CONST_NONE": E(0, 1), "LOAD_CONST_TRUE": E(0, 1),
    "LOAD_CONST_SMALL_INT": E(0, 1), "LOAD_CONST_STRING": E(0, 1),
    "LOAD_CONST_OBJ": E(0, 1), "LOAD_NULL": E(0, 1), "LOAD_FAST_N": E(0, 1),
    "LOAD_DEREF": E(0, 1), "LOAD_NAME": E(0, 1), "LOAD_GLOBAL": E(0, 1),
    "LOAD_ATTR": E(1, 1), "LOAD_METHOD": E(1, 2),
    "LOAD_SUPER_METHOD": E(3, 2),  # (super, class, self) -> (method, self)
    "LOAD_BUILD_CLASS": E(0, 1), "LOAD_SUBSCR": E(2, 1),
    # Store
    "STORE_FAST_N": E(1, 0), "STORE_DEREF": E(1, 0), "STORE_NAME": E(1, 0),
    "STORE_GLOBAL": E(1, 0), "STORE_ATTR": E(2, 0), "STORE_SUBSCR": E(3, 0),
    # Delete
    "DELETE_FAST": E(0, 0), "DELETE_DEREF": E(0, 0), "DELETE_NAME": E(0, 0),
    "DELETE_GLOBAL": E(0, 0),
    # Stack
    "DUP_TOP": E(1, 2), "DUP_TOP_TWO": E(2, 4), "POP_TOP": E(1, 0), "ROT_TWO": E(2, 2),
    "ROT_THREE": E(3, 3),
    # Jumps and blocks (see module docstring for the block stack)
    "UNWIND_JUMP": E(0, 0, 0, 0),  # target depth comes from the unwound block
    "JUMP": E(0, 0, 0, 0),
    "POP_JUMP_IF_TRUE": E(1, 0, 1, 0), "POP_JUMP_IF_FALSE": E(1, 0, 1, 0),
    "JUMP_IF_TRUE_OR_POP": E(1, 0, 1, 1), "JUMP_IF_FALSE_OR_POP": E(1, 0, 1, 1),
    # (ctx) -> (__exit__, ctx, as_value); the handler starts at (__exit__, ctx, exc)
    "SETUP_WITH": E(1, 3, 1, 3),
    "SETUP_EXCEPT": E(0, 0, 0, 1),  # the handler starts with the exception pushed
    "SETUP_FINALLY": E(0, 0, 0, 1),
    "POP_EXCEPT_JUMP": E(0, 0, 0, 0),
    # iterator (ITER_BUF_SLOTS slots) -> iterator, value; exhausted: iterator popped
    "FOR_ITER": E(ITER_BUF_SLOTS, ITER_BUF_SLOTS + 1, ITER_BUF_SLOTS, 0),
    "WITH_CLEANUP": E(3, 1, peak=2),  # (__exit__, ctx, X) -> (X'); calls __exit__
    "END_FINALLY": E(1, 0),
    "GET_ITER": E(1, 1), "GET_ITER_STACK": E(1, ITER_BUF_SLOTS),
    # Build and unpack
    "BUILD_TUPLE": E(lambda a, x: a, 1), "BUILD_LIST": E(lambda a, x: a, 1),
    "BUILD_MAP": E(0, 1), "STORE_MAP": E(3, 1), "BUILD_SET": E(lambda a, x: a, 1),
    "BUILD_SLICE": E(lambda a, x: a, 1),
    "STORE_COMP": E(_store_comp_pops, 0),
    "UNPACK_SEQUENCE": E(1, lambda a, x: a),
    "UNPACK_EX": E(1, lambda a, x: (a & 0xFF) + 1 + ((a >> 8) & 0xFF)),
    # Return, raise, yield
    "RETURN_VALUE": E(1, 0), "RAISE_LAST": E(0, 0), "RAISE_OBJ": E(1, 0),
    "RAISE_FROM": E(2, 0), "YIELD_VALUE": E(1, 1), "YIELD_FROM": E(2, 1),
    # Functions and calls
    "MAKE_FUNCTION": E(0, 1), "MAKE_FUNCTION_DEFARGS": E(2, 1),
    "MAKE_CLOSURE": E(lambda a, x: x, 1), "MAKE_CLOSURE_DEFARGS": E(lambda a, x: 2 + x, 1),
    "CALL_FUNCTION": E(lambda a, x: 1 + _call_args(a, x), 1),
    "CALL_FUNCTION_VAR_KW": E(lambda a, x: 2 + _call_args(a, x), 1),
    "CALL_METHOD": E(lambda a, x: 2 + _call_args(a, x), 1),
    "CALL_METHOD_VAR_KW": E(lambda a, x: 3 + _call_args(a, x), 1),
    # Imports
    "IMPORT_NAME": E(2, 1), "IMPORT_FROM": E(1, 2), "IMPORT_STAR": E(1, 0),
}
del E

_MULTI = {
    "LOAD_CONST_SMALL_INT_MULTI": Effect(0, 1),
    "LOAD_FAST_MULTI": Effect(0, 1),
    "STORE_FAST_MULTI": Effect(1, 0),
    "UNARY_OP_MULTI": Effect(1, 1),
    "BINARY_OP_MULTI": Effect(2, 1),
}


def _family(name: str) -> str:
    return name.split("(", 1)[0]


def effect_of(op: _op.Opcode) -> Effect:
    """The stack effect of ``op`` (multi-opcodes share their family's entry)."""
    return EFFECTS.get(op.name) or _MULTI[_family(op.name)]


#: Every opcode byte -> its Effect (None for bytes that are not opcodes).
BY_BYTE: list[Effect | None] = [
    effect_of(o) if o is not None else None for o in _op.DECODE
]
