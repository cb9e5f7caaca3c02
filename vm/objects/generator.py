"""VM generators and coroutines.

A VM generator function is translated to a host generator function (``YIELD_VALUE`` is
``yield``, ``YIELD_FROM`` is ``yield from``), so a VM generator object *is* a host
generator: ``send``/``throw``/``close``, ``StopIteration.value`` and ``yield from``
delegation are the host's, which match MicroPython's (including PEP 479: a StopIteration
escaping the body becomes ``RuntimeError: generator raised StopIteration``).  ``async def``
functions are plain generators too (MicroPython's coroutines are generators).  Here:
recognising them and MicroPython's repr.  (A generator abandoned unfinished is finalised by
the host with GeneratorExit; the engine runs no handler for it, as MicroPython has no
generator finalisers: see ``vm.interp.support.handle``.)
"""

from __future__ import annotations

import types

__all__ = ["GeneratorType", "is_vm_generator", "generator_repr"]

GeneratorType = types.GeneratorType


def is_vm_generator(obj: object) -> bool:
    """True for a generator created by calling a VM generator function."""
    return type(obj) is types.GeneratorType and \
        obj.gi_code.co_filename.startswith("<mote ")  # type: ignore[attr-defined]


def generator_repr(gen: types.GeneratorType) -> str:
    """``<generator object 'f' at 7f...>`` as MicroPython prints it."""
    return f"<generator object '{gen.__name__}' at {id(gen):x}>"
