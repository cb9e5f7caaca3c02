"""Number constants as text, exactly as mpy-cross writes them into an .mpy file.

MicroPython stores int, float and complex constants as their ``repr``.  Ints print as
in CPython.  Floats (double precision) use 16 significant digits, or 17 when 16 do not
read back to the same value, in ``%g`` style with the exponent form used when the decimal
exponent is < -4 or >= 16, and ``.0`` added to an integral fixed-point result.  Complex
numbers print their parts the same way (without the ``.0``).
"""

from __future__ import annotations

import math

__all__ = ["float_repr", "complex_repr", "int_repr"]


def int_repr(value: int) -> str:
    return str(value)


def _digits(x: float) -> str:
    """``x`` (finite) in MicroPython's repr style, without the trailing ``.0`` rule."""
    if x == 0.0:
        return "-0" if math.copysign(1.0, x) < 0 else "0"
    for prec in (16, 17):
        mant, _, exp_s = f"{x:.{prec - 1}e}".partition("e")
        if prec == 17 or float(f"{mant}e{exp_s}") == x:
            break
    exp = int(exp_s)
    sign = "-" if mant.startswith("-") else ""
    digits = mant.lstrip("-").replace(".", "").rstrip("0") or "0"
    if exp < -4 or exp >= 16:
        text = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return f"{sign}{text}e{'-' if exp < 0 else '+'}{abs(exp):02d}"
    if exp < 0:
        return f"{sign}0.{'0' * (-exp - 1)}{digits}"
    if len(digits) <= exp + 1:
        return sign + digits + "0" * (exp + 1 - len(digits))
    return f"{sign}{digits[:exp + 1]}.{digits[exp + 1:]}"


def _special(x: float) -> str | None:
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return None


def float_repr(x: float) -> str:
    """The text mpy-cross stores for float constant ``x``."""
    special = _special(x)
    if special is not None:
        return special
    text = _digits(x)
    if "." not in text and "e" not in text:
        text += ".0"
    return text


def _part(x: float) -> str:
    return _special(x) or _digits(x)


def complex_repr(z: complex) -> str:
    """The text mpy-cross stores for complex constant ``z``."""
    if z.real == 0.0 and math.copysign(1.0, z.real) > 0:
        return _part(z.imag) + "j"
    imag = _part(z.imag)
    if not imag.startswith("-"):
        imag = "+" + imag
    return f"({_part(z.real)}{imag}j)"
