"""Argument binding: MicroPython's rules and error messages (``py/bc.c``'s
``mp_setup_code_state``).

Most VM functions get an exact host signature, so CPython binds their arguments natively;
when that fails the engine re-binds the call here (``binding_error``) for MicroPython's
message.  Functions
with keyword-only parameters are bound here, by ``bind``, because their keyword defaults
only exist at run time (a dict built by ``MAKE_FUNCTION_DEFARGS``).
"""

from __future__ import annotations

import re
import types
from typing import Any

__all__ = ["bind", "binding_error", "is_binding_message"]


def bind(sig: Any, defaults: tuple, kwdefaults: dict | None, args: tuple,
         kwargs: dict) -> list:
    """Bind a call to a function with signature ``sig`` (a ``vm.interp.unit.Unit``).

    ``args`` includes the closed-over cells of a closure (MicroPython passes them as the
    leading positional arguments, and counts them in its messages).  Returns the values of
    the argument locals in slot order: positional, keyword-only, then ``*args`` and
    ``**kwargs`` when the function has them.
    """
    n_pos = sig.n_pos_args
    n_kwonly = sig.n_kwonly_args
    names = sig.arg_names
    n_args = len(args)
    n_def = len(defaults)
    values: list = [_UNSET] * (n_pos + n_kwonly)
    if n_args > n_pos:
        if not sig.has_varargs:
            raise TypeError(f"{sig.name}() takes {n_pos} positional arguments but "
                            f"{n_args} were given")
        varargs = tuple(args[n_pos:])
        values[:n_pos] = args[:n_pos]
    else:
        varargs = ()
        values[:n_args] = args
        if not kwargs and kwdefaults is None:
            if n_args < n_pos - n_def:
                raise TypeError(f"{sig.name}() takes {n_pos - n_def} positional arguments "
                                f"but {n_args} were given")
            for i in range(n_args, n_pos):
                values[i] = defaults[i - (n_pos - n_def)]
    varkw = {} if sig.has_varkw else None
    if kwargs or kwdefaults is not None:
        for key, value in kwargs.items():
            try:
                i = names.index(key)
            except ValueError:
                if varkw is None:
                    raise TypeError(f"unexpected keyword argument '{key}'") from None
                varkw[key] = value
                continue
            if values[i] is not _UNSET:
                raise TypeError(f"function got multiple values for argument '{key}'")
            values[i] = value
        for k in range(n_def):
            i = n_pos - 1 - k
            if values[i] is _UNSET:
                values[i] = defaults[n_def - 1 - k]
        for i in range(n_pos - 1 - n_def, -1, -1):
            if values[i] is _UNSET:
                raise TypeError(f"function missing required positional argument #{i}")
        for i in range(n_pos, n_pos + n_kwonly):
            if values[i] is _UNSET:
                name = names[i]
                if kwdefaults is not None and name in kwdefaults:
                    values[i] = kwdefaults[name]
                else:
                    raise TypeError(f"function missing required keyword argument '{name}'")
    elif n_kwonly:
        raise TypeError("function missing keyword-only argument")
    if sig.has_varargs:
        values.append(varargs)
    if varkw is not None:
        values.append(varkw)
    return values


class _Unset:
    __slots__ = ()


_UNSET = _Unset()

# CPython's argument-binding messages (``f() takes 2 positional arguments but 3 were
# given``, ``f() missing 1 required positional argument: 'a'`` ...).
_CPYTHON_BINDING = re.compile(
    r"^[\w.<>]+\(\) (takes .* given|missing \d+ required .*argument|"
    r"got an unexpected keyword argument|got multiple values for argument)")


def is_binding_message(exc: BaseException) -> bool:
    """True when ``exc`` is CPython's complaint about binding a call's arguments."""
    return bool(len(exc.args) == 1 and isinstance(exc.args[0], str)
                and _CPYTHON_BINDING.match(exc.args[0]))


def binding_error(fn: Any, args: tuple, kwargs: dict) -> TypeError | None:
    """MicroPython's TypeError for calling VM function ``fn`` with these arguments, or None
    if ``fn`` is not a VM function (or the arguments do bind)."""
    from vm.objects.function import function_unit, is_vm_function
    if type(fn) is types.MethodType:
        args = (fn.__self__,) + tuple(args)
        fn = fn.__func__
    if not is_vm_function(fn):
        return None
    unit = function_unit(fn)
    if unit is None:
        return None
    defaults = fn.__defaults__ or ()
    closed = (None,) * unit.n_closed
    try:
        bind(unit, defaults, fn.__kwdefaults__, closed + tuple(args), kwargs)
    except TypeError as exc:
        return exc
    return None
