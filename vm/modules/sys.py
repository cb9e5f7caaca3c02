"""``sys`` as in MicroPython's unix port.

Per-VM state read from the VM instance: ``vm.argv`` (list), ``vm.path`` (the list the
importer searches), ``vm.modules`` (the loaded-modules dict), ``vm.stdin``/``stdout``/
``stderr`` (host text streams), ``vm.word_bits`` (32 or 64, default 64) and
``vm.current_exception()`` (for ``exc_info``; optional).
"""

from __future__ import annotations

import sys as _host_sys

from vm.modules.io import StdStream
from vm.native import NativeModule
from vm.objects.attrtuple import attrtuple

module = NativeModule("sys")

__all__ = ["module", "VERSION", "MPY_VERSION", "implementation"]

VERSION = (1, 27, 0, "")
#: .mpy version 6, sub-version 3, no native architecture (``sys.implementation._mpy``).
MPY_VERSION = 6 | (3 << 8)


def implementation() -> object:
    """``sys.implementation`` of Mote's unix port."""
    return attrtuple(name="micropython", version=VERSION,
                     _machine="linux [Mote] with Python", _mpy=MPY_VERSION)


module.constant("platform", "linux")
module.constant("byteorder", "little")
module.constant("version", "3.4.0; MicroPython v1.27.0 (Mote)")
module.constant("version_info", (3, 4, 0))
module.constant("implementation", implementation())
module.constant("ps1", ">>> ")
module.constant("ps2", "... ")


@module.function
def exit(code=None):
    """Raise SystemExit (the unix port exits with ``code``)."""
    if code is None:
        raise SystemExit
    raise SystemExit(code)


def _install(vm: object, attrs: dict) -> None:
    from vm.runtime.traceback import print_exception as _print_exc

    argv = getattr(vm, "argv", None)
    attrs["argv"] = argv if isinstance(argv, list) else list(argv or [])
    path = getattr(vm, "path", None)
    attrs["path"] = path if isinstance(path, list) else list(path or ["", ".frozen"])
    mods = getattr(vm, "modules", None)
    attrs["modules"] = mods if isinstance(mods, dict) else {}
    bits = getattr(vm, "word_bits", 64)
    attrs["maxsize"] = (1 << (bits - 1)) - 1
    # A board's hardware (drivers/hardware.py) names the port, as sys.platform does.
    attrs["platform"] = getattr(vm, "platform", None) or attrs.get("platform", "linux")
    attrs["stdin"] = StdStream(getattr(vm, "stdin", None) or _host_sys.stdin, 0)
    attrs["stdout"] = StdStream(getattr(vm, "stdout", None) or _host_sys.stdout, 1)
    attrs["stderr"] = StdStream(getattr(vm, "stderr", None) or _host_sys.stderr, 2)

    def print_exception(exc, file=None):
        _print_exc(exc, file if file is not None else attrs["stdout"])

    def exc_info():
        get = getattr(vm, "current_exception", None)
        exc = get() if get is not None else None
        if exc is None:
            return (None, None, None)
        return (type(exc), exc, None)

    def atexit(func):
        old = getattr(vm, "atexit_func", None)
        try:
            vm.atexit_func = func  # type: ignore[union-attr]
        except AttributeError:
            pass
        return old

    for fn in (print_exception, exc_info, atexit):
        fn.__mp_native__ = True  # type: ignore[attr-defined]
        attrs[fn.__name__] = fn


module.on_import = _install
