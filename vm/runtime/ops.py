"""Slow paths of the VM's operations, with MicroPython's semantics and error messages.

The engine runs the host operation inline (``a + b`` on two ints) and calls in here when it
raised or does not apply.  Everything here recomputes the operation from scratch, so it can
also be used directly (native code, tests).  Errors are MicroPython's texts::

    unsupported types for __add__: 'int', 'str'
    'int' object has no attribute 'x'
    'NoneType' object isn't callable

A host ``TypeError`` raised *inside* user code (it carries VM traceback entries, see
``vm/runtime/traceback.py``) is never reworded.
"""

from __future__ import annotations

import math
import operator
import types as _types
from typing import Any, Callable

from vm.bytecode.opcodes import BinaryOp, UnaryOp
from vm.objects.attrs import CLASS_ATTRS, METHODS, VALUE_ATTRS
from vm.objects.strformat import percent_format
from vm.objects.typeinfo import class_name, is_vm_class, type_name, vm_type
from vm.runtime.exceptions import TB_ATTR, to_vm_exception

__all__ = ["NULL", "type_name", "binary_op", "unary_op", "compare_error", "load_attr",
           "store_attr", "delete_attr", "load_method", "get_iter", "iter_next", "subscr",
           "store_subscr", "delete_subscr", "call", "not_callable", "call_error",
           "unpack_sequence", "unpack_ex", "name_error", "length", "hash_value",
           "register_function_type", "is_true"]


class _Null:
    """The 'no self' marker of ``load_method`` (MicroPython's MP_OBJ_NULL)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NULL"


NULL: Any = _Null()

# ## Binary operators

# MicroPython names the operator by its special method; in-place forms report the plain
# method, as the real VM does.
_OP_NAMES = {
    BinaryOp.LESS: "__lt__", BinaryOp.MORE: "__gt__", BinaryOp.EQUAL: "__eq__",
    BinaryOp.LESS_EQUAL: "__le__", BinaryOp.MORE_EQUAL: "__ge__",
    BinaryOp.NOT_EQUAL: "__ne__", BinaryOp.IN: "", BinaryOp.IS: "",
    BinaryOp.EXCEPTION_MATCH: "",
    BinaryOp.OR: "__or__", BinaryOp.XOR: "__xor__", BinaryOp.AND: "__and__",
    BinaryOp.LSHIFT: "__lshift__", BinaryOp.RSHIFT: "__rshift__", BinaryOp.ADD: "__add__",
    BinaryOp.SUBTRACT: "__sub__", BinaryOp.MULTIPLY: "__mul__",
    BinaryOp.MAT_MULTIPLY: "__matmul__", BinaryOp.FLOOR_DIVIDE: "__floordiv__",
    BinaryOp.TRUE_DIVIDE: "__truediv__", BinaryOp.MODULO: "__mod__",
    BinaryOp.POWER: "__pow__", 35: "__divmod__",
}
for _op in range(BinaryOp.INPLACE_OR, BinaryOp.INPLACE_POWER + 1):
    _OP_NAMES[_op] = _OP_NAMES[_op - BinaryOp.INPLACE_OR + BinaryOp.OR]

_HOST_BINARY: dict[int, Callable[[Any, Any], Any]] = {
    BinaryOp.LESS: operator.lt, BinaryOp.MORE: operator.gt, BinaryOp.EQUAL: operator.eq,
    BinaryOp.LESS_EQUAL: operator.le, BinaryOp.MORE_EQUAL: operator.ge,
    BinaryOp.NOT_EQUAL: operator.ne, BinaryOp.IS: operator.is_,
    BinaryOp.INPLACE_OR: operator.ior, BinaryOp.INPLACE_XOR: operator.ixor,
    BinaryOp.INPLACE_AND: operator.iand, BinaryOp.INPLACE_LSHIFT: operator.ilshift,
    BinaryOp.INPLACE_RSHIFT: operator.irshift, BinaryOp.INPLACE_ADD: operator.iadd,
    BinaryOp.INPLACE_SUBTRACT: operator.isub, BinaryOp.INPLACE_MULTIPLY: operator.imul,
    BinaryOp.INPLACE_MAT_MULTIPLY: operator.imatmul,
    BinaryOp.INPLACE_FLOOR_DIVIDE: operator.ifloordiv,
    BinaryOp.INPLACE_TRUE_DIVIDE: operator.itruediv, BinaryOp.INPLACE_MODULO: operator.imod,
    BinaryOp.INPLACE_POWER: operator.ipow,
    BinaryOp.OR: operator.or_, BinaryOp.XOR: operator.xor, BinaryOp.AND: operator.and_,
    BinaryOp.LSHIFT: operator.lshift, BinaryOp.RSHIFT: operator.rshift,
    BinaryOp.ADD: operator.add, BinaryOp.SUBTRACT: operator.sub,
    BinaryOp.MULTIPLY: operator.mul, BinaryOp.MAT_MULTIPLY: operator.matmul,
    BinaryOp.FLOOR_DIVIDE: operator.floordiv, BinaryOp.TRUE_DIVIDE: operator.truediv,
    BinaryOp.MODULO: operator.mod, BinaryOp.POWER: operator.pow,
}

# Host TypeError texts that mean "no such operator for these operand types".
_NO_OPERATOR = ("unsupported operand", "not supported between", "can only concatenate",
                "can't multiply sequence", "can't concat", "bad operand type",
                "unhashable type", "must be str, not", "can't convert", "a bytes-like object",
                "sequence index must be integer", "can only join")

_MODULO_OPS = (BinaryOp.MODULO, BinaryOp.INPLACE_MODULO)
_POWER_OPS = (BinaryOp.POWER, BinaryOp.INPLACE_POWER)
_MUL_OPS = (BinaryOp.MULTIPLY, BinaryOp.INPLACE_MULTIPLY)


def _from_user_code(exc: BaseException) -> bool:
    return bool(getattr(exc, TB_ATTR, None))


def unsupported(op: int, a: object, b: object) -> TypeError:
    """``unsupported types for __add__: 'int', 'str'``."""
    return TypeError(f"unsupported types for {_OP_NAMES.get(op, '')}: "
                     f"'{type_name(a)}', '{type_name(b)}'")


def binary_op(op: int, a: object, b: object) -> object:
    """``a <op> b`` for a ``BinaryOp`` number, MicroPython's way."""
    if op == BinaryOp.IN:
        return contains(b, a)
    if op == BinaryOp.EXCEPTION_MATCH:
        return exception_match(a, b)
    if op in _MODULO_OPS and isinstance(a, (str, bytes)):
        return percent_format(a, b)
    ta = type(a)
    tb = type(b)
    if op in _POWER_OPS and ta is float or (op in _POWER_OPS and tb is float
                                            and ta in (int, bool)):
        return _float_pow(a, b)
    if op in _MUL_OPS and (ta is int and tb in (list, tuple, str, bytes, bytearray)
                           or tb is int and ta in (list, tuple, str, bytes, bytearray)):
        n = a if ta is int else b
        if abs(n) >= 1 << 62:  # type: ignore[arg-type]
            raise OverflowError("overflow converting long int to machine word")
    if op in (BinaryOp.ADD, BinaryOp.INPLACE_ADD) and ta is list and tb is not list:
        if op == BinaryOp.INPLACE_ADD:
            a.extend(get_iter(b))  # type: ignore[attr-defined]
            return a
        raise unsupported(op, a, b)
    if ta is bytes and tb is str and op == BinaryOp.ADD:
        return a + b.encode()  # type: ignore[operator]
    try:
        return _HOST_BINARY[op](a, b)
    except TypeError as exc:
        if _from_user_code(exc) or not any(s in str(exc) for s in _NO_OPERATOR):
            raise
        if op in (BinaryOp.LESS, BinaryOp.MORE, BinaryOp.LESS_EQUAL, BinaryOp.MORE_EQUAL):
            raise compare_error(op, a, b) from None
        raise unsupported(op, a, b) from None
    except ZeroDivisionError as exc:
        if _from_user_code(exc):
            raise
        raise ZeroDivisionError("divide by zero") from None
    except OverflowError as exc:
        if _from_user_code(exc):
            raise
        if ta is float or tb is float:
            return _float_overflow(op, a, b)
        raise to_vm_exception(exc) from None
    except (ValueError, IndexError, MemoryError) as exc:
        if _from_user_code(exc):
            raise
        raise to_vm_exception(exc) from None


def _float_pow(a: Any, b: Any) -> float:
    try:
        return math.pow(a, b) if not (a < 0 and b != int(b)) else a ** b
    except ZeroDivisionError:
        raise ZeroDivisionError("divide by zero") from None
    except OverflowError:
        return math.inf if (a > 0 or b % 2 == 0) else -math.inf
    except ValueError:
        if a == 0 and b < 0:
            raise ZeroDivisionError("divide by zero") from None
        raise


def _float_overflow(op: int, a: Any, b: Any) -> float:
    # MicroPython floats saturate to infinity where CPython raises OverflowError.
    try:
        fa, fb = float(a), float(b)
    except OverflowError:
        fa = math.inf if a > 0 else -math.inf
        fb = float(b) if not isinstance(b, int) or abs(b) < 1 << 1000 else math.inf
    return _HOST_BINARY[op](fa, fb)


def compare_error(op: int, a: object, b: object) -> TypeError:
    """The error for an ordering comparison between unorderable values."""
    return unsupported(op, a, b)


def contains(container: object, item: object) -> bool:
    """``item in container``."""
    if type(item) is float and item != item and \
            not isinstance(container, (dict, set, frozenset, str, bytes, bytearray)):
        # A NaN equals nothing, not even itself: MicroPython has no identity shortcut
        # for sequences (a dict or set finds its own NaN key by identity).
        return any(x == item for x in get_iter(container))
    try:
        return item in container  # type: ignore[operator]
    except TypeError as exc:
        if _from_user_code(exc):
            raise
        if isinstance(container, str):
            raise TypeError(f"can't convert '{type_name(item)}' object to str implicitly") \
                from None
        if isinstance(container, (bytes, bytearray)) and isinstance(item, int):
            raise ValueError("byte must be in range(0, 256)") from None
        if type(container) is int and type(item) is int:
            raise TypeError("unsupported types for : 'int', 'int'") from None
        if "is not iterable" in str(exc) or "not a container" in str(exc):
            raise TypeError(f"'{type_name(container)}' object isn't iterable") from None
        raise


def exception_match(exc: object, cls: object) -> bool:
    """``except cls:`` test of an exception instance."""
    try:
        if isinstance(cls, tuple):
            return any(isinstance(exc, c) for c in cls)
        return isinstance(exc, cls)  # type: ignore[arg-type]
    except TypeError:
        return False


# ## Unary operators

_UNARY_NAMES = {UnaryOp.POSITIVE: "__pos__", UnaryOp.NEGATIVE: "__neg__",
                UnaryOp.INVERT: "__invert__", UnaryOp.NOT: "__bool__"}
_HOST_UNARY = {UnaryOp.POSITIVE: operator.pos, UnaryOp.NEGATIVE: operator.neg,
               UnaryOp.INVERT: operator.invert, UnaryOp.NOT: operator.not_}


def unary_op(op: int, a: object) -> object:
    """``<op> a`` for a ``UnaryOp`` number."""
    try:
        return _HOST_UNARY[op](a)
    except TypeError as exc:
        if _from_user_code(exc) or "bad operand type" not in str(exc):
            raise
        raise TypeError(f"unsupported type for {_UNARY_NAMES[op]}: '{type_name(a)}'") \
            from None


def is_true(v: object) -> bool:
    """Truth value (``if v:``)."""
    return bool(v)


def length(v: object) -> int:
    """``len(v)``."""
    try:
        return len(v)  # type: ignore[arg-type]
    except TypeError as exc:
        if _from_user_code(exc) or "has no len" not in str(exc):
            raise
        raise TypeError(f"object of type '{type_name(v)}' has no len()") from None


def hash_value(v: object) -> int:
    """``hash(v)``."""
    try:
        return hash(v)
    except TypeError as exc:
        if _from_user_code(exc) or "unhashable" not in str(exc):
            raise
        raise TypeError(f"unsupported type for __hash__: '{type_name(v)}'") from None


# ## Attributes

_FUNCTION_TYPES: set[type] = {_types.FunctionType}


def register_function_type(t: type) -> None:
    """Tell ``load_method`` that instances of ``t`` in a class bind as methods (the engine's
    VM function type), so it can return ``(func, self)`` without a bound method."""
    _FUNCTION_TYPES.add(t)


def _attr_error(obj: object, name: str) -> AttributeError:
    if isinstance(obj, type):
        return AttributeError(f"type object '{class_name(obj)}' has no attribute '{name}'")
    if isinstance(obj, _types.ModuleType):
        return AttributeError(f"module '{obj.__name__}' has no attribute '{name}'")
    return AttributeError(f"'{type_name(obj)}' object has no attribute '{name}'")


def _builtin_attr(obj: object, t: type, table: dict[str, object], name: str) -> object:
    f = table.get(name)
    if f is not None:
        return f.__get__(obj, t)  # type: ignore[attr-defined]
    if name == "__class__":
        return vm_type(obj)
    values = VALUE_ATTRS.get(t)
    if values is not None and name in values:
        return values[name](obj)  # type: ignore[operator]
    raise _attr_error(obj, name)


def _type_attr(cls: type, name: str) -> object:
    if name == "__name__":
        return class_name(cls)
    if name == "__class__":
        return type
    if name == "__bases__":
        return tuple(b for b in cls.__bases__) if cls is not object else ()
    if name == "__dict__" and cls in METHODS:
        return dict(METHODS[cls])
    extra = CLASS_ATTRS.get(cls)
    if extra is not None and name in extra:
        return extra[name]
    methods = METHODS.get(cls)
    if methods is not None and name in methods:
        return methods[name]
    raise _attr_error(cls, name)


def load_attr(obj: object, name: str) -> object:
    """``obj.name``."""
    t = type(obj)
    table = METHODS.get(t)
    if table is not None:
        return _builtin_attr(obj, t, table, name)
    if t is type and name == "__name__":
        return class_name(obj)  # type: ignore[arg-type]
    if t is type and (obj in METHODS or not is_vm_class(obj)):  # type: ignore[operator]
        if obj in METHODS or obj in CLASS_ATTRS:
            return _type_attr(obj, name)  # type: ignore[arg-type]
    if isinstance(obj, BaseException) and not is_vm_class(t) or \
            isinstance(obj, BaseException) and name in ("errno", "value"):
        return _exception_attr(obj, name)
    try:
        return getattr(obj, name)
    except AttributeError as exc:
        if getattr(exc, "obj", None) is obj and getattr(exc, "name", None) == name:
            raise _attr_error(obj, name) from None
        if _from_user_code(exc):
            raise
        raise _attr_error(obj, name) from None


def _exception_attr(exc: BaseException, name: str) -> object:
    if name == "args":
        return exc.args
    if name in ("errno", "value"):
        # MicroPython gives every exception both aliases of its first argument (a user
        # class may define its own).
        own = getattr(exc, "__dict__", {})
        if name in own:
            return own[name]
        if is_vm_class(type(exc)) and hasattr(type(exc), name):
            return getattr(exc, name)
        return exc.args[0] if exc.args else None
    if name == "__class__":
        return vm_type(exc)
    d = getattr(exc, "__dict__", {})
    if name in d and not name.startswith("__mp"):
        return d[name]
    if is_vm_class(type(exc)):
        try:
            return getattr(exc, name)
        except AttributeError:
            pass
    raise _attr_error(exc, name)


def store_attr(obj: object, name: str, value: object) -> None:
    """``obj.name = value``."""
    t = type(obj)
    if t in METHODS or t in _FUNCTION_TYPES or isinstance(obj, _types.BuiltinFunctionType):
        raise _attr_error(obj, name)
    try:
        setattr(obj, name, value)
    except (AttributeError, TypeError) as exc:
        if _from_user_code(exc):
            raise
        raise _attr_error(obj, name) from None


def delete_attr(obj: object, name: str) -> None:
    """``del obj.name``."""
    t = type(obj)
    if t in METHODS:
        raise _attr_error(obj, name)
    try:
        delattr(obj, name)
    except (AttributeError, TypeError) as exc:
        if _from_user_code(exc):
            raise
        raise _attr_error(obj, name) from None


def load_method(obj: object, name: str) -> tuple[object, object]:
    """``obj.name`` for a call: ``(function, obj)`` when it binds as a method (nothing is
    allocated), else ``(attribute, NULL)``."""
    t = type(obj)
    table = METHODS.get(t)
    if table is not None:
        f = table.get(name)
        if f is not None:
            return f, obj
        return _builtin_attr(obj, t, table, name), NULL
    if is_vm_class(t):
        d = getattr(obj, "__dict__", None)
        if d is None or name not in d:
            for klass in t.__mro__:
                attr = klass.__dict__.get(name, NULL)
                if attr is not NULL:
                    if type(attr) in _FUNCTION_TYPES:
                        return attr, obj
                    break
    return load_attr(obj, name), NULL


# ## Iteration


def get_iter(obj: object) -> Any:
    """``iter(obj)``."""
    try:
        return iter(obj)  # type: ignore[call-overload]
    except TypeError as exc:
        if _from_user_code(exc) or "not iterable" not in str(exc):
            raise
        raise TypeError(f"'{type_name(obj)}' object isn't iterable") from None


def iter_next(it: object) -> object:
    """``next(it)`` (raises StopIteration at the end)."""
    try:
        return next(it)  # type: ignore[call-overload]
    except TypeError as exc:
        if _from_user_code(exc) or "not an iterator" not in str(exc):
            raise
        raise TypeError(f"'{type_name(it)}' object isn't an iterator") from None


def unpack_sequence(seq: object, n: int) -> list[object]:
    """``a, b = seq``: exactly ``n`` items, MicroPython's messages otherwise."""
    if type(seq) is tuple or type(seq) is list:
        items = seq
    else:
        items = list(get_iter(seq))
    if len(items) != n:  # type: ignore[arg-type]
        if len(items) < n:  # type: ignore[arg-type]
            raise ValueError(f"need more than {len(items)} values to unpack")  # type: ignore
        raise ValueError(f"too many values to unpack (expected {n})")
    return list(items)  # type: ignore[arg-type]


def unpack_ex(seq: object, before: int, after: int) -> list[object]:
    """``a, *b, c = seq``: the ``before`` items, the starred list, the ``after`` items."""
    items = list(get_iter(seq))
    if len(items) < before + after:
        raise ValueError(f"need more than {len(items)} values to unpack")
    star = items[before:len(items) - after]
    return items[:before] + [star] + items[len(items) - after:]


# ## Subscripts

_SEQ_NAMES = {list: "list", tuple: "tuple", str: "string", bytes: "bytes",
              bytearray: "bytearray", range: "range", memoryview: "memoryview"}


def _index_error(obj: object, exc: BaseException) -> BaseException:
    kind = _SEQ_NAMES.get(type(obj))
    if kind is not None and isinstance(exc, IndexError):
        return IndexError(f"{kind} index out of range")
    return to_vm_exception(exc)


def _type_error_subscr(obj: object, index: object, exc: TypeError, what: str) -> TypeError:
    text = str(exc)
    if "indices must be" in text or "must be integers" in text:
        kind = type_name(obj)
        return TypeError(f"{kind} indices must be integers, not {type_name(index)}")
    if "not subscriptable" in text or "does not support" in text or \
            "object is not" in text:
        return TypeError(f"'{type_name(obj)}' object {what}")
    return exc


def subscr(obj: object, index: object) -> object:
    """``obj[index]``."""
    try:
        return obj[index]  # type: ignore[index]
    except (IndexError, KeyError) as exc:
        if _from_user_code(exc):
            raise
        raise _index_error(obj, exc) from None
    except TypeError as exc:
        if _from_user_code(exc):
            raise
        raise _type_error_subscr(obj, index, exc, "isn't subscriptable") from None
    except ValueError as exc:
        if _from_user_code(exc):
            raise
        if "slice step cannot be zero" in str(exc):
            raise ValueError("slice step can't be zero") from None
        raise


def store_subscr(obj: object, index: object, value: object) -> None:
    """``obj[index] = value``."""
    if type(obj) is memoryview and obj.readonly:  # type: ignore[attr-defined]
        raise TypeError("'memoryview' object doesn't support item assignment")
    try:
        obj[index] = value  # type: ignore[index]
    except (IndexError, KeyError) as exc:
        if _from_user_code(exc):
            raise
        raise _index_error(obj, exc) from None
    except TypeError as exc:
        if _from_user_code(exc):
            raise
        raise _type_error_subscr(obj, index, exc,
                                 "doesn't support item assignment") from None


def delete_subscr(obj: object, index: object) -> None:
    """``del obj[index]``."""
    try:
        del obj[index]  # type: ignore[index]
    except IndexError as exc:
        if _from_user_code(exc):
            raise
        if type(obj) is list:
            raise IndexError("pop from empty list" if not obj else
                             "list index out of range") from None
        raise _index_error(obj, exc) from None
    except TypeError as exc:
        if _from_user_code(exc):
            raise
        raise _type_error_subscr(obj, index, exc, "doesn't support item deletion") from None


# ## Calls and names


def not_callable(obj: object) -> TypeError:
    """``'NoneType' object isn't callable``."""
    return TypeError(f"'{type_name(obj)}' object isn't callable")


def call_error(fn: object, args: tuple, kwargs: dict) -> TypeError | None:
    """Why calling ``fn`` failed at argument binding (None if it did bind); see
    ``vm.native.call_error``."""
    if not callable(fn):
        return not_callable(fn)
    from vm.native import call_error as native_call_error
    return native_call_error(fn, args, kwargs)  # type: ignore[arg-type]


def call(fn: object, args: tuple = (), kwargs: dict | None = None) -> object:
    """``fn(*args, **kwargs)`` for a host callable, with MicroPython's errors."""
    if not callable(fn):
        raise not_callable(fn)
    try:
        return fn(*args, **(kwargs or {}))
    except TypeError as exc:
        if _from_user_code(exc):
            raise
        better = call_error(fn, args, kwargs or {})
        if better is not None:
            raise better from None
        raise


def name_error(name: str) -> NameError:
    """``name 'x' isn't defined``."""
    return NameError(f"name '{name}' isn't defined")
