"""Which attributes MicroPython exposes on values of builtin types (the VM's method tables).

A host ``list`` has ``__len__``, ``__reduce__`` and dozens more; MicroPython's list has
``append``, ``clear``, ``copy`` ... and ``__class__``.  ``METHODS[type][name]`` is the
function to call with the value as first argument (a host method descriptor, or a function
from ``vm/objects/<type>.py`` where MicroPython behaves differently).  ``CLASS_ATTRS[type]``
holds what the type object itself has besides its methods (``int.from_bytes``).
"""

from __future__ import annotations

from vm.objects import int as _int
from vm.objects.list import LIST_METHODS
from vm.objects.str import BYTES_METHODS, STR_METHODS

__all__ = ["METHODS", "CLASS_ATTRS", "VALUE_ATTRS", "register_methods"]


def _host(t: type, names: str, overrides: dict[str, object] | None = None
          ) -> dict[str, object]:
    table: dict[str, object] = {}
    for name in names.split():
        table[name] = (overrides or {}).get(name) or getattr(t, name)
    return table


_STR_NAMES = ("count endswith find format index isalpha isdigit islower isspace isupper join "
              "lower lstrip replace rfind rindex rsplit rstrip split startswith strip upper "
              "center encode partition rpartition splitlines")
_BYTES_NAMES = (_STR_NAMES.replace(" format", "").replace(" encode", "")
                + " decode hex")
_SET_NAMES = ("clear copy pop remove update __contains__ add difference difference_update "
              "discard intersection intersection_update isdisjoint issubset issuperset "
              "symmetric_difference symmetric_difference_update union")
_FROZENSET_NAMES = ("copy __contains__ difference intersection isdisjoint issubset "
                    "issuperset symmetric_difference union")


#: type -> {method name: function(self, ...)}
METHODS: dict[type, dict[str, object]] = {
    int: {"to_bytes": _int.to_bytes},
    bool: {"to_bytes": _int.to_bytes},
    float: {}, complex: {}, type(None): {}, range: {}, slice: {}, memoryview: {},
    str: _host(str, _STR_NAMES, STR_METHODS),
    bytes: _host(bytes, _BYTES_NAMES.replace(" format", ""), BYTES_METHODS),
    bytearray: _host(bytearray, "append extend " + _BYTES_NAMES, BYTES_METHODS),
    list: _host(list, "append clear copy count extend index insert pop remove reverse sort",
                 LIST_METHODS),
    tuple: _host(tuple, "count index"),
    dict: _host(dict, "__delitem__ __getitem__ __setitem__ clear copy get items keys pop "
                      "popitem setdefault update values"),
    set: _host(set, _SET_NAMES),
    frozenset: _host(frozenset, _FROZENSET_NAMES),
    object: {},
}

#: Plain (non-method) attributes of values: type -> {name: function(value) -> attribute}.
VALUE_ATTRS: dict[type, dict[str, object]] = {
    complex: {"real": lambda c: c.real, "imag": lambda c: c.imag},
    range: {"start": lambda r: r.start, "stop": lambda r: r.stop, "step": lambda r: r.step},
    slice: {"start": lambda s: s.start, "stop": lambda s: s.stop, "step": lambda s: s.step},
}

#: Attributes of the type objects themselves (class methods and static methods).
CLASS_ATTRS: dict[type, dict[str, object]] = {
    int: {"from_bytes": _int.from_bytes},
    bytes: {"fromhex": bytes.fromhex},
    bytearray: {"fromhex": bytearray.fromhex},
    dict: {"fromkeys": dict.fromkeys},
    object: {"__init__": object.__init__, "__new__": object.__new__,
             "__delattr__": object.__delattr__, "__setattr__": object.__setattr__},
}


def register_methods(t: type, methods: dict[str, object]) -> None:
    """Give builtin-like host type ``t`` a MicroPython method table (used by native types
    that want only some of their host methods visible)."""
    METHODS[t] = dict(methods)
