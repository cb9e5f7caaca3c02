"""VM functions.

A VM function *is* a host function: ``MAKE_FUNCTION`` calls the factory that the translator
generated for the function's RawCode (``vm.interp.translate``), which defines a host
``def`` with the function's exact signature (parameter names, positional defaults,
``*args``/``**kwargs``) whose body runs the translated bytecode.  So calling a VM function
is one host call, CPython binds the arguments, ``__get__`` binds methods natively, and
closure cells are captured by the factory.  Keyword-only parameters (their defaults only
exist at run time) bind through ``vm.interp.binding.bind`` with MicroPython's messages.

This module answers questions about such functions for the rest of the VM.
"""

from __future__ import annotations

import types

__all__ = ["FunctionType", "is_vm_function", "function_unit", "function_name",
           "run_body"]

#: The host type of every VM function.
FunctionType = types.FunctionType


def is_vm_function(obj: object) -> bool:
    """True for a function defined by VM code (not a native/builtin function)."""
    return type(obj) is types.FunctionType and \
        obj.__code__.co_filename.startswith("<mote ")  # type: ignore[attr-defined]


def function_unit(fn: types.FunctionType):
    """The ``vm.interp.unit.Unit`` (decoded RawCode) a VM function runs."""
    return fn.__globals__.get("_M_U")


def function_name(fn: object) -> str:
    """The function's simple name (its qstr in the .mpy)."""
    return getattr(fn, "__name__", "?")


def run_body(fn: types.FunctionType, namespace: dict) -> object:
    """Run a module or class body function with ``namespace`` as its locals dict."""
    return fn(_M_L=namespace)
