"""Compile-time arithmetic and truth values, as MicroPython's parser folds constants.

MicroPython v1.29 folds, while parsing, any chain of one operator rule whose operands are
all numbers (ints or floats, never complex or bool), and ``and``/``or``/``not`` whose
operands are constants.  An operation that would raise, or give a complex number, is left
for run time.  ``math.pi`` and the other float constants of ``math`` become numbers too.
"""

from __future__ import annotations

import ast
import math
import operator
import struct

# Operators of the binary rules MicroPython folds (``@`` never folds for numbers).
_BINARY = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
    ast.Pow: operator.pow, ast.LShift: operator.lshift, ast.RShift: operator.rshift,
    ast.BitOr: operator.or_, ast.BitXor: operator.xor, ast.BitAnd: operator.and_,
}

# Names that ``math.<name>`` folds to (MICROPY_COMP_MODULE_CONST with float constants).
MATH_CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau, "inf": math.inf,
                  "nan": math.nan}

# Results bigger than this are left to run time, so that a hostile source cannot make the
# compiler spend minutes on one ``9 ** 9 ** 9``.
_MAX_INT_BITS = 1 << 22


def number(node):
    """The value of ``node`` if it is an int or float constant, else None."""
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    return None


def binary_op(op: ast.operator, x, y):
    """``x op y`` as MicroPython's parser would fold it, or None when it would not."""
    fn = _BINARY.get(type(op))
    if fn is None:
        return None
    if type(x) is int and type(y) is int and not _int_op_is_small(op, x, y):
        return None
    try:
        result = fn(x, y)
    except OverflowError:
        result = _in_doubles(fn, op, x, y)
    except (ArithmeticError, ValueError, TypeError):
        return None
    if type(result) not in (int, float):  # complex: left to run time
        return None
    return result


def _as_double(v) -> float:
    # MicroPython converts an int too big for a double to +-inf instead of raising.
    try:
        return float(v)
    except OverflowError:
        return math.inf if v > 0 else -math.inf


def _in_doubles(fn, op: ast.operator, x, y):
    """Where the host raises OverflowError, MicroPython computes in C doubles and gets
    an infinity (or a finite result from infinite operands)."""
    fx, fy = _as_double(x), _as_double(y)
    try:
        return fn(fx, fy)
    except OverflowError:
        if not isinstance(op, ast.Pow):
            return None
        odd = fy.is_integer() and abs(fy) < 2 ** 53 and int(fy) % 2 == 1
        return -math.inf if fx < 0 and odd else math.inf
    except (ArithmeticError, ValueError, TypeError):
        return None


def _int_op_is_small(op: ast.operator, x: int, y: int) -> bool:
    if isinstance(op, ast.Pow) and y > 0 and abs(x) > 1:
        return y <= 100000 and y * x.bit_length() <= _MAX_INT_BITS
    if isinstance(op, ast.LShift):
        return y <= _MAX_INT_BITS
    return True


def unary_op(op: ast.unaryop, x):
    """``op x`` folded (``+``, ``-`` on numbers, ``~`` on ints), or None."""
    if isinstance(op, ast.UAdd):
        return +x
    if isinstance(op, ast.USub):
        return -x
    if isinstance(op, ast.Invert) and type(x) is int:
        return ~x
    return None


def is_const(node) -> bool:
    """Whether MicroPython's parser treats ``node`` as a constant (literal of any type,
    ``None``/``True``/``False``/``...``, a constant tuple, or ``()``)."""
    if isinstance(node, ast.Constant):
        return True
    return isinstance(node, ast.Tuple) and not node.elts and isinstance(node.ctx, ast.Load)


def truth(node) -> bool | None:
    """The truth value of a constant node, or None if ``node`` is not constant."""
    if not is_const(node):
        return None
    if isinstance(node, ast.Tuple):
        return False
    return bool(node.value)


def same_constant(a, b) -> bool:
    """Whether two constants share one slot of the constant table: same type and equal,
    floats compared bit for bit (``-0.0`` and ``0.0`` are different constants)."""
    if type(a) is not type(b):
        return False
    if type(a) is float:
        return struct.pack("<d", a) == struct.pack("<d", b)
    if type(a) is complex:
        return same_constant(a.real, b.real) and same_constant(a.imag, b.imag)
    if type(a) is tuple:
        return len(a) == len(b) and all(same_constant(x, y) for x, y in zip(a, b))
    return a == b
