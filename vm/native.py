"""The native-module API: how host Python code defines VM modules, functions and types.

Builtin modules (``vm/modules/<name>.py``), drivers (``drivers/...``) and accelerators all use
this one small API.  The model (ARCHITECTURE.md contracts 2 and 3):

* **Values are host values** where MicroPython and CPython agree: ``None``, ``bool``, ``int``,
  ``float``, ``complex``, ``str``, ``bytes``, ``bytearray``, ``tuple``, ``list``, ``dict``,
  ``set``, ``frozenset``.  A native function receives and returns them directly.
* **VM callables are host callables.**  A VM function, bound method or class can be called from
  native code like any Python callable; comparisons, hashing and operators on VM instances work
  with the host operators (they dispatch to the VM's special methods).
* **VM exceptions are host exceptions.**  The VM's ``ValueError`` *is* the host ``ValueError``;
  native code raises ``ValueError("bad value")`` or ``OSError(errno.ENODEV)`` and user code
  catches it.  Messages must be MicroPython's (the VM formats and prints them, never the host).
* **The VM decides** what differs from CPython: ``repr``/``str`` of values, type names, error
  texts for argument mismatches (``function takes 2 positional arguments but 3 were given``).

A module is declared once, at import of its host module, and registered by name in
``vm.modules.REGISTRY`` (a table: name -> host module path)::

    from vm.native import NativeModule
    module = NativeModule("math")

    @module.function
    def sqrt(x):
        ...

    module.constant("pi", 3.141592653589793)

    @module.type
    class deque:            # a VM type implemented in host code
        ...

Argument checking is done once, at the call site, and only on failure: a native function is a
plain host function, so a correct call costs nothing extra (see ``vm.native.call_error``).
"""

from __future__ import annotations

import inspect
from typing import Any, Callable, TypeVar

__all__ = ["NativeModule", "native_name", "call_error"]

F = TypeVar("F", bound=Callable[..., Any])


class NativeModule:
    """A VM module whose contents are host objects.

    ``attrs`` becomes the module's globals when the VM imports it; ``__name__`` is set.
    ``on_import``, if set, runs on each fresh import with the VM instance (for modules that
    need per-VM state, such as ``sys``).
    """

    def __init__(self, name: str, doc: str | None = None) -> None:
        self.name = name
        self.attrs: dict[str, object] = {"__name__": name}
        self.doc = doc
        self.on_import: Callable[[Any, dict[str, object]], None] | None = None

    def function(self, fn: F | None = None, *, name: str | None = None) -> Any:
        """Decorator: expose a host function as a VM builtin function of this module."""

        def register(f: F) -> F:
            vm_name = name or f.__name__.rstrip("_")  # ``print_`` -> ``print``
            f.__mp_native__ = True  # type: ignore[attr-defined]
            f.__mp_name__ = vm_name  # type: ignore[attr-defined]
            self.attrs[vm_name] = f
            return f

        return register(fn) if fn is not None else register

    def type(self, cls: type | None = None, *, name: str | None = None) -> Any:
        """Decorator: expose a host class as a VM type of this module."""

        def register(c: type) -> type:
            vm_name = name or c.__name__
            c.__mp_native__ = True  # type: ignore[attr-defined]
            c.__mp_name__ = vm_name  # type: ignore[attr-defined]
            self.attrs[vm_name] = c
            return c

        return register(cls) if cls is not None else register

    def constant(self, name: str, value: object) -> None:
        """Expose a value (int, str, tuple, ...) as a module attribute."""
        self.attrs[name] = value

    def submodule(self, name: str, module: "NativeModule") -> None:
        """Expose another native module as an attribute (``os.path``-style)."""
        self.attrs[name] = module


def native_name(obj: object) -> str:
    """The VM-visible name of a native function or type."""
    return getattr(obj, "__mp_name__", getattr(obj, "__name__", "?"))


def call_error(fn: Callable[..., Any], args: tuple, kwargs: dict) -> TypeError | None:
    """Explain, MicroPython-style, why calling native ``fn`` with these arguments failed.

    Called by the VM only after a call raised a TypeError at argument binding (a native
    function that was called correctly is never inspected).  Returns the TypeError to raise
    instead, or None when the arguments do bind (the TypeError came from inside ``fn``).
    """
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    try:
        sig.bind(*args, **kwargs)
    except TypeError:
        pass
    else:
        return None
    params = list(sig.parameters.values())
    positional = [p for p in params
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    has_varargs = any(p.kind is p.VAR_POSITIONAL for p in params)
    required = [p for p in positional if p.default is p.empty]
    if kwargs and not any(p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD, p.POSITIONAL_OR_KEYWORD)
                          for p in params):
        return TypeError("function doesn't take keyword arguments")
    names = {p.name for p in params}
    # Functions with keyword-only parameters stand for the port's mp_arg_parse_all
    # functions, which word their errors differently from fixed-arity ones.
    parsed = any(p.kind is p.KEYWORD_ONLY for p in params)
    for key in kwargs:
        if key not in names and not any(p.kind is p.VAR_KEYWORD for p in params):
            if parsed:
                return TypeError("extra keyword arguments given")
            return TypeError(f"unexpected keyword argument '{key}'")
    if parsed and not has_varargs and len(args) > len(positional):
        return TypeError("extra positional arguments given")
    if not has_varargs and len(args) > len(positional):
        if len(required) == len(positional):
            return TypeError(f"function takes {len(positional)} positional arguments "
                             f"but {len(args)} were given")
        return TypeError(f"function expected at most {len(positional)} arguments, "
                         f"got {len(args)}")
    missing = len(required) - len(args) - sum(1 for p in required if p.name in kwargs)
    if missing > 0:
        if len(required) == len(positional) and not has_varargs:
            return TypeError(f"function takes {len(positional)} positional arguments "
                             f"but {len(args)} were given")
        return TypeError(f"function missing {missing} required positional arguments")
    return TypeError("function got an unexpected argument")
