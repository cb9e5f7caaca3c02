"""Bound methods.

``instance.method`` on a VM class gives a host bound method (``types.MethodType``): VM
functions are host functions, so binding is the host descriptor protocol.  Method *calls*
(``LOAD_METHOD``/``CALL_METHOD``) never create one: the translator emits ``obj.m(args)``,
which CPython executes without allocating a bound method either.
"""

from __future__ import annotations

import types

__all__ = ["BoundMethodType", "bound_method_repr"]

BoundMethodType = types.MethodType


def bound_method_repr(m: types.MethodType, repr_value) -> str:
    """``<bound_method 7f... <Foo object at 7f...>.<function f at 0x7f...>>``."""
    return f"<bound_method {id(m):x} {repr_value(m.__self__)}.{repr_value(m.__func__)}>"
