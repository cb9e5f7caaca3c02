"""``math``: MicroPython's math module (the unix port's function set).

MicroPython reports every failure of a float function the same way: a result that is NaN
for a non-NaN argument, or infinite for a finite one, raises ``ValueError('math domain
error')`` — including overflow, where CPython would raise OverflowError.  ``_float1`` and
``_float2`` apply that rule around the host's libm.
"""

import math as _m

from vm.native import NativeModule
from vm.objects.typeinfo import type_name

module = NativeModule("math")

for _name in ("e", "pi", "inf", "nan", "tau"):
    module.constant(_name, getattr(_m, _name))


def to_float(x) -> float:
    """Convert an argument as ``mp_obj_get_float`` does (int, bool or float only)."""
    if isinstance(x, float):
        return x
    if isinstance(x, int):  # bool is an int
        try:
            return float(x)
        except OverflowError:
            raise OverflowError("int too big to convert to float") from None
    raise TypeError(f"can't convert {type_name(x)} to float")



def _domain_error():
    return ValueError("math domain error")


def _checked(result: float, *args: float) -> float:
    if (result != result and all(a == a for a in args)) or (
            _m.isinf(result) and all(not _m.isinf(a) for a in args)):
        raise _domain_error()
    return result


def _float1(name, host=None):
    fn = host or getattr(_m, name)

    def f(x):
        x = to_float(x)
        try:
            return _checked(fn(x), x)
        except (ValueError, OverflowError):
            raise _domain_error() from None

    f.__name__ = name
    module.function(f)


def _float2(name, host=None):
    fn = host or getattr(_m, name)

    def f(x, y):
        x, y = to_float(x), to_float(y)
        try:
            return _checked(fn(x, y), x, y)
        except (ValueError, OverflowError, ZeroDivisionError):
            raise _domain_error() from None

    f.__name__ = name
    module.function(f)


for _name in ("acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "erf",
              "erfc", "exp", "expm1", "fabs", "gamma", "sin", "sinh", "sqrt",
              "tan", "tanh", "log2", "log10"):
    _float1(_name)


def _lgamma(x: float) -> float:
    # The port's libm agrees with log|gamma(x)| wherever gamma is finite; the host's
    # lgamma differs in the last place there, so prefer the log form.
    try:
        return _m.log(abs(_m.gamma(x)))
    except (ValueError, OverflowError):
        return _m.lgamma(x)


_float1("lgamma", _lgamma)
_float1("degrees")
_float1("radians")
for _name in ("atan2", "copysign", "fmod", "pow"):
    _float2(_name)


@module.function
def log(x, base=None):
    x = to_float(x)
    if x <= 0.0:
        raise _domain_error()
    if base is None:
        return _m.log(x)
    base = to_float(base)
    if base <= 0.0:
        raise _domain_error()
    if base == 1.0:
        raise ZeroDivisionError("divide by zero")
    return _m.log(x) / _m.log(base)


def _to_int_checked(x: float) -> float:
    if _m.isinf(x):
        raise OverflowError("can't convert inf to int")
    if x != x:
        raise ValueError("can't convert NaN to int")
    return x


@module.function
def floor(x):
    return int(_m.floor(_to_int_checked(to_float(x))))


@module.function
def ceil(x):
    return int(_m.ceil(_to_int_checked(to_float(x))))


@module.function
def trunc(x):
    return int(_to_int_checked(to_float(x)))


@module.function
def isfinite(x):
    return _m.isfinite(to_float(x))


@module.function
def isinf(x):
    return _m.isinf(to_float(x))


@module.function
def isnan(x):
    return _m.isnan(to_float(x))


@module.function
def frexp(x):
    return _m.frexp(to_float(x))


@module.function
def ldexp(x, exp):
    if not isinstance(exp, int):
        raise TypeError(f"can't convert {type_name(exp)} to int")
    try:
        return _m.ldexp(to_float(x), exp)
    except OverflowError:
        raise _domain_error() from None


@module.function
def modf(x):
    return _m.modf(to_float(x))


@module.function
def isclose(a, b, *, rel_tol=1e-9, abs_tol=0.0):
    a, b = to_float(a), to_float(b)
    rel_tol, abs_tol = to_float(rel_tol), to_float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise _domain_error()
    if a == b:
        return True
    if _m.isinf(a) or _m.isinf(b):
        return False
    diff = abs(b - a)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol


@module.function
def factorial(x):
    if not isinstance(x, int):
        raise TypeError(f"can't convert {type_name(x)} to int")
    if x < 0:
        raise ValueError("negative factorial")
    return _m.factorial(x)
