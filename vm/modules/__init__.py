"""Builtin modules of the VM, by name.

``REGISTRY`` maps a module name to the host module that defines it (a ``vm.native``
``NativeModule`` named ``module`` at its top level); modules are imported lazily.
``ALIASES`` holds MicroPython's ``u``-prefixed names (``import ujson`` gives ``json``).
Per-board feature flags will select a subset (``load(..., enabled=...)``).
"""

from __future__ import annotations

import importlib
import types

__all__ = ["REGISTRY", "ALIASES", "resolve", "native_module", "load"]

REGISTRY: dict[str, str] = {
    # object-model engineer
    "sys": "vm.modules.sys",
    "micropython": "vm.modules.micropython",
    "gc": "vm.modules.gc",
    "io": "vm.modules.io",
    "os": "vm.modules.os",
    "time": "vm.modules.time",
    # modules engineer
    "math": "vm.modules.math",
    "cmath": "vm.modules.cmath",
    "struct": "vm.modules.struct",
    "json": "vm.modules.json",
    "binascii": "vm.modules.binascii",
    "collections": "vm.modules.collections",
    "array": "vm.modules.array",
    "heapq": "vm.modules.heapq",
    "hashlib": "vm.modules.hashlib",
    "re": "vm.modules.re",
    "random": "vm.modules.random",
    "errno": "vm.modules.errno",
    "select": "vm.modules.select",
    # uasyncio's task-queue accelerator (issue 5)
    "_asyncio": "vm.modules._asyncio",
    # drivers (importable on a VM with a board's hardware: drivers/hardware.py)
    "machine": "drivers.machine",
    "framebuf": "drivers.framebuf",
    "pyb": "drivers.pyb",
    "stm": "drivers.stm",
    "microbit": "drivers.microbit",
}

# MicroPython's extmod modules answer to a ``u`` prefix too (``gc``, ``micropython``,
# ``math`` and ``cmath`` do not).
ALIASES: dict[str, str] = {
    "u" + name: name for name in (
        "sys", "io", "os", "time", "struct", "json", "binascii", "collections", "array",
        "heapq", "hashlib", "re", "random", "errno", "select", "socket", "ssl", "asyncio",
        "platform", "zlib", "deflate", "machine", "network", "bluetooth", "websocket",
        "cryptolib", "ctypes", "signal", "termios", "time", "select")
}


def resolve(name: str) -> str | None:
    """The canonical name of builtin module ``name`` (alias resolved), or None."""
    name = ALIASES.get(name, name)
    return name if name in REGISTRY else None


def native_module(name: str):
    """The ``NativeModule`` declaring builtin module ``name`` (alias allowed).

    Raises ImportError (MicroPython's text) when there is no such builtin module.
    """
    canonical = resolve(name)
    if canonical is None:
        raise ImportError(f"no module named '{name}'")
    try:
        host = importlib.import_module(REGISTRY[canonical])
    except ModuleNotFoundError as exc:
        if exc.name == REGISTRY[canonical]:
            raise ImportError(f"no module named '{name}'") from None
        raise
    return host.module


def load(name: str, vm: object = None, enabled: frozenset[str] | None = None
         ) -> types.ModuleType:
    """A fresh VM module object for builtin module ``name`` in ``vm``.

    The module object is a host ``ModuleType`` whose ``__dict__`` holds the native
    attributes; ``on_import(vm, dict)`` of the native module then adds per-VM state.
    ``enabled`` (a board's feature set) hides modules not in it.
    """
    canonical = resolve(name)
    if canonical is None or (enabled is not None and canonical not in enabled):
        raise ImportError(f"no module named '{name}'")
    native = native_module(canonical)
    mod = types.ModuleType(canonical)
    mod.__dict__.update(native.attrs)
    mod.__dict__["__name__"] = canonical
    for key in ("__doc__", "__loader__", "__package__", "__spec__"):
        if key not in native.attrs:
            mod.__dict__.pop(key, None)
    if native.on_import is not None:
        native.on_import(vm, mod.__dict__)
    return mod
