"""``repr()`` and ``str()`` of every VM value, as MicroPython prints them.

The host's ``repr`` is never shown to user code: containers are walked here so that each
element is printed the MicroPython way (user instances as ``<A object at 27e40>``, functions
as ``<function f at 0x27d00>``, strings with ``\\xNN``/``\\uNNNN`` escapes for non-ASCII).

Protocol for VM-internal host classes (engine objects, modules, native types): a method
``__mp_repr__(self) -> str`` gives the repr (and the str unless ``__mp_str__`` exists).
User classes (``__mp_user__`` set by ``__build_class__``) are printed through their VM
``__repr__``/``__str__`` when they define one.
"""

from __future__ import annotations

import math
import types as _types
from fractions import Fraction
from typing import Callable

from vm.objects.typeinfo import class_name, is_vm_class

__all__ = ["repr_value", "str_value", "float_repr", "str_repr", "bytes_repr",
           "exception_str", "exception_repr", "format_float"]

# ## Numbers


def float_repr(x: float) -> str:
    """MicroPython v1.27 prints floats as the shortest round-tripping form (like CPython)."""
    if x != x:
        return "nan"
    if x in (math.inf, -math.inf):
        return "inf" if x > 0 else "-inf"
    if x != 0 and -2.2250738585072014e-308 < x < 2.2250738585072014e-308:
        return "%.16g" % x  # subnormals: MicroPython prints 16 significant digits
    return float.__repr__(x)


def nudge_tie(x: float, prec: int) -> float:
    """``x``, moved one ulp away from zero when it lies exactly halfway between two
    ``prec``-digit fixed-point results: MicroPython's float formatting rounds such ties
    away from zero (``'%.1f' % 0.25`` is ``0.3``), the host's to even."""
    if not x or prec > 30 or x != x or not -_INTEGRAL < x < _INTEGRAL:
        return x
    if (Fraction(x) * 10 ** prec).denominator != 2:
        return x
    return math.nextafter(x, math.copysign(math.inf, x))


_INTEGRAL = 2.0 ** 52  # every float this large is an integer: never a tie


def format_float(x: float, spec: str, prec: int) -> str:
    """``%f``/``%e``/``%g`` of a float with MicroPython's limits.

    MicroPython formats into a 32-byte buffer: a fixed-point result is cut to 31 characters
    (losing fraction digits first) and switches to ``%g`` style when even the integer part
    does not fit.
    """
    if x != x or x in (math.inf, -math.inf):
        s = "nan" if x != x else ("inf" if x > 0 else "-inf")
        return s.upper() if spec in "FEG" else s
    if spec in "fF":
        x = nudge_tie(x, prec)
    s = f"%.{prec}{spec}" % x
    if spec in "fF" and len(s) > 31:
        int_len = len(s) - (prec + 1 if prec else 0)
        if int_len > 30:
            return f"%.{prec + 1}g" % x
        keep = max(0, 31 - int_len - 1)
        s = f"%.{keep}f" % x
    return s


# ## Strings


def str_repr(s: str) -> str:
    """A str quoted and escaped as MicroPython does (non-ASCII escaped too)."""
    quote = '"' if ("'" in s and '"' not in s) else "'"
    if s.isascii() and s.isprintable() and "\\" not in s and quote not in s:
        return quote + s + quote
    out = [quote]
    for ch in s:
        o = ord(ch)
        if ch == quote or ch == "\\":
            out.append("\\" + ch)
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x100:
            out.append(f"\\x{o:02x}")
        elif o < 0x10000:
            out.append(f"\\u{o:04x}")
        else:
            out.append(f"\\U{o:08x}")
    out.append(quote)
    return "".join(out)


def bytes_repr(b: bytes | bytearray | memoryview) -> str:
    """``b'...'`` with MicroPython's escapes (same rules as CPython's)."""
    return repr(bytes(b))


# ## Exceptions


def _errno_text(code: object) -> str | None:
    if isinstance(code, int) and not isinstance(code, bool):
        from vm.modules.errno import ERRORCODE
        name = ERRORCODE.get(code)
        if name is not None:
            return f"[Errno {code}] {name}"
    return None


def exception_str(exc: BaseException) -> str:
    """``str(exc)``: the single argument's str, the args tuple's repr, or ``''``."""
    args = exc.args
    if isinstance(exc, OSError) and args:
        prefix = _errno_text(args[0])
        if prefix is not None:
            if len(args) == 1:
                return prefix
            if len(args) == 2:
                return f"{prefix}: {str_value(args[1])}"
    if len(args) == 0:
        return ""
    if len(args) == 1:
        return str_value(args[0])
    return repr_value(args)


def exception_repr(exc: BaseException) -> str:
    """``repr(exc)``: ``ValueError('m',)`` — the name followed by the args tuple's repr."""
    args = exc.args
    name = class_name(type(exc))
    if not args:
        return name + "()"
    return name + repr_value(tuple(args))


# ## Dispatch

_ID_MASK = 0xFFFFFFFF


def _addr(v: object) -> int:
    # Host ids are large; MicroPython shows heap addresses, which are small.
    return (id(v) >> 4) & _ID_MASK


def _seq_repr(open_: str, close: str, items, depth_guard: set[int], v: object) -> str:
    key = id(v)
    if key in depth_guard:
        # MicroPython recurses until the C stack check fires.
        raise RuntimeError("maximum recursion depth exceeded")
    depth_guard.add(key)
    try:
        return open_ + ", ".join([_repr(x, depth_guard) for x in items]) + close
    finally:
        depth_guard.discard(key)


def _dict_repr(d: dict, guard: set[int]) -> str:
    key = id(d)
    if key in guard:
        raise RuntimeError("maximum recursion depth exceeded")
    guard.add(key)
    try:
        body = ", ".join([_repr(k, guard) + ": " + _repr(x, guard) for k, x in d.items()])
    finally:
        guard.discard(key)
    return "{" + body + "}"


def _callable_repr(v: object) -> str | None:
    """Host functions and methods: MicroPython shows ``<function>``/``<bound_method>``."""
    if isinstance(v, (_types.BuiltinFunctionType, _types.MethodWrapperType,
                      _types.MethodDescriptorType, _types.WrapperDescriptorType,
                      _types.ClassMethodDescriptorType)):
        self = getattr(v, "__self__", None)
        if self is None or isinstance(self, _types.ModuleType):
            return "<function>"
        return f"<bound_method {_addr(v):x} {repr_value(self)}.<function>>"
    if isinstance(v, _types.MethodType):
        return (f"<bound_method {_addr(v):x} {repr_value(v.__self__)}."
                f"{repr_value(v.__func__)}>")
    if isinstance(v, _types.FunctionType):
        return "<function>"
    return None


def find_vm_method(cls: type, name: str):
    """The function a user class (or a user base before any host base) defines for
    ``name``, or None."""
    for klass in cls.__mro__:
        if is_vm_class(klass):
            if name in klass.__dict__:
                return klass.__dict__[name]
        elif name in klass.__dict__:
            return None
    return None


def _instance_repr(v: object, guard: set[int]) -> str:
    t = type(v)
    own = getattr(t, "__mp_repr__", None)
    if own is not None and not is_vm_class(t):
        return v.__mp_repr__()
    if isinstance(v, type):
        return f"<class '{class_name(v)}'>"
    if is_vm_class(t):
        if find_vm_method(t, "__repr__") is not None:
            return _checked_str(v.__repr__(), "__repr__")
        # A user subclass of a builtin type prints as that type.
        for base in t.__mro__:
            if base in _REPR and base is not object:
                if isinstance(v, BaseException):
                    break
                return _REPR[base](v, guard)
        if isinstance(v, BaseException):
            return exception_repr(v)
        return f"<{class_name(t)} object at {_addr(v):x}>"
    if isinstance(v, BaseException):
        return exception_repr(v)
    text = _callable_repr(v)
    if text is not None:
        return text
    for base in t.__mro__:
        if base in _REPR and base is not object:
            return _REPR[base](v, guard)
    return f"<{class_name(t)}>"


def _checked_str(result: object, method: str) -> str:
    if not isinstance(result, str):
        raise TypeError(f"{method} returned non-string")
    return result


def _repr(v: object, guard: set[int]) -> str:
    f = _REPR.get(type(v))
    if f is not None:
        return f(v, guard)
    return _instance_repr(v, guard)


_REPR: dict[type, Callable[[object, set[int]], str]] = {
    type(None): lambda v, g: "None",
    bool: lambda v, g: "True" if v else "False",
    int: lambda v, g: int.__repr__(v),
    float: lambda v, g: float_repr(v),
    complex: lambda v, g: _complex_repr(v),
    str: lambda v, g: str_repr(v),
    bytes: lambda v, g: bytes_repr(v),
    bytearray: lambda v, g: f"bytearray({bytes_repr(v)})",
    memoryview: lambda v, g: "<memoryview>",
    list: lambda v, g: _seq_repr("[", "]", v, g, v),
    tuple: lambda v, g: (_seq_repr("(", ",)", v, g, v) if len(v) == 1
                         else _seq_repr("(", ")", v, g, v)),
    dict: lambda v, g: _dict_repr(v, g),
    set: lambda v, g: _seq_repr("{", "}", v, g, v) if v else "set()",
    frozenset: lambda v, g: (_seq_repr("frozenset({", "})", v, g, v) if v
                             else "frozenset()"),
    range: lambda v, g: (f"range({v.start}, {v.stop})" if v.step == 1
                         else f"range({v.start}, {v.stop}, {v.step})"),
    slice: lambda v, g: (f"slice({_repr(v.start, g)}, {_repr(v.stop, g)}, "
                         f"{_repr(v.step, g)})"),
    type(Ellipsis): lambda v, g: "Ellipsis",
    type(NotImplemented): lambda v, g: "NotImplemented",
    staticmethod: lambda v, g: "<staticmethod>",
    classmethod: lambda v, g: "<classmethod>",
    property: lambda v, g: "<property>",
    _types.ModuleType: lambda v, g: f"<module '{v.__name__}'>",
    _types.GeneratorType: lambda v, g: f"<generator object '{v.__name__}' at {_addr(v):x}>",
    type({}.keys()): lambda v, g: _seq_repr("dict_keys([", "])", v, g, v),
    type({}.values()): lambda v, g: _seq_repr("dict_values([", "])", v, g, v),
    type({}.items()): lambda v, g: _seq_repr("dict_items([", "])", v, g, v),
}


def _complex_part(x: float) -> str:
    if x == 0:
        return "0"
    text = float_repr(x)
    return text[:-2] if text.endswith(".0") else text


def _complex_repr(c: complex) -> str:
    # A zero real part (either sign) prints as the imaginary part alone.
    if c.real == 0:
        return _complex_part(c.imag) + "j"
    sign = "-" if c.imag < 0 or (c.imag == 0 and math.copysign(1, c.imag) < 0) else "+"
    return f"({_complex_part(c.real)}{sign}{_complex_part(abs(c.imag))}j)"


def repr_value(v: object) -> str:
    """``repr(v)`` in MicroPython's format."""
    f = _REPR.get(type(v))
    try:
        if f is not None:
            return f(v, set())
        return _instance_repr(v, set())
    except RecursionError:
        raise RuntimeError("maximum recursion depth exceeded") from None


def str_value(v: object) -> str:
    """``str(v)`` in MicroPython's format."""
    t = type(v)
    if t is str:
        return v  # type: ignore[return-value]
    if t is int or t is float or t is bool or v is None:
        return repr_value(v)
    if t is bytes or t is bytearray:
        return repr_value(v)
    if isinstance(v, BaseException):
        if is_vm_class(t) and find_vm_method(t, "__str__") is not None:
            return _checked_str(v.__str__(), "__str__")
        return exception_str(v)
    if is_vm_class(t):
        if find_vm_method(t, "__str__") is not None:
            return _checked_str(v.__str__(), "__str__")
        if isinstance(v, str):
            return str.__str__(v)
        return repr_value(v)
    own = getattr(t, "__mp_str__", None)
    if own is not None:
        return v.__mp_str__()
    return repr_value(v)
