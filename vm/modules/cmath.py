"""``cmath``: MicroPython's complex math subset.

MicroPython computes these from the polar form with the real libm (e.g. ``sqrt(-1)`` is
``(6.123233995736766e-17+1j)``, not ``1j``); the formulas below follow that so results match
the real board bit for bit.
"""

import math as _m

from vm.native import NativeModule
from vm.objects.typeinfo import type_name
from vm.modules.math import to_float

module = NativeModule("cmath")
module.constant("e", _m.e)
module.constant("pi", _m.pi)


def to_complex(z) -> complex:
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(to_float(z), 0.0)
    raise TypeError(f"can't convert {type_name(z)} to complex")


@module.function
def phase(z):
    z = to_complex(z)
    return _m.atan2(z.imag, z.real)


@module.function
def polar(z):
    z = to_complex(z)
    return (_m.sqrt(z.real * z.real + z.imag * z.imag), _m.atan2(z.imag, z.real))


@module.function
def rect(r, phi):
    r, phi = to_float(r), to_float(phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


@module.function
def exp(z):
    z = to_complex(z)
    e = _m.exp(z.real)
    return complex(e * _m.cos(z.imag), e * _m.sin(z.imag))


@module.function
def log(z):
    z = to_complex(z)
    return complex(0.5 * _m.log(z.real * z.real + z.imag * z.imag),
                   _m.atan2(z.imag, z.real))


@module.function
def log10(z):
    z = to_complex(z)
    return complex(0.5 * _m.log10(z.real * z.real + z.imag * z.imag),
                   0.4342944819032518 * _m.atan2(z.imag, z.real))


@module.function
def sqrt(z):
    z = to_complex(z)
    r = _m.sqrt(_m.sqrt(z.real * z.real + z.imag * z.imag))
    theta = 0.5 * _m.atan2(z.imag, z.real)
    return complex(r * _m.cos(theta), r * _m.sin(theta))


@module.function
def cos(z):
    z = to_complex(z)
    return complex(_m.cos(z.real) * _m.cosh(z.imag), -_m.sin(z.real) * _m.sinh(z.imag))


@module.function
def sin(z):
    z = to_complex(z)
    return complex(_m.sin(z.real) * _m.cosh(z.imag), _m.cos(z.real) * _m.sinh(z.imag))
