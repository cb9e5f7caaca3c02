"""What MicroPython calls each type, and which classes the VM created.

Host values stand for VM values (see ``vm/native.py``), so a host type must be shown under
MicroPython's name: ``list_iterator`` is ``iterator``, ``builtin_function_or_method`` is
``function``, ``FileNotFoundError`` is plain ``OSError``.  VM-internal host classes (the
engine's ``Function``, generators, bound methods, module objects, native types) say their
VM name with a class attribute ``__mp_name__`` set *in their own class body* (a user class
deriving from them keeps its own name).
"""

from __future__ import annotations

import builtins as _host
import types as _types

from vm.objects.mro import DepthFirstType

__all__ = ["type_name", "vm_type", "is_vm_class", "HOST_BUILTIN_TYPES", "class_name"]


def _iter_types() -> list[type]:
    samples = [iter([]), iter(()), iter(""), iter(b""), iter(bytearray()), iter(range(0)),
               iter({}), iter(set()), iter({}.values()), iter({}.items()),
               reversed([]), reversed(range(0)), iter(range(1 << 70))]
    return [type(s) for s in samples]


#: Host type -> the type MicroPython reports for it (``type(x)``).
_ITERATOR_TYPES = _iter_types()

# The VM's view of a few host types: the class returned by ``type()`` and its name.
_NAMES: dict[type, str] = {
    type(None): "NoneType", bool: "bool", int: "int", float: "float", complex: "complex",
    str: "str", bytes: "bytes", bytearray: "bytearray", memoryview: "memoryview",
    list: "list", tuple: "tuple", dict: "dict", set: "set", frozenset: "frozenset",
    range: "range", slice: "slice", object: "object", type: "type",
    type(Ellipsis): "ellipsis", type(NotImplemented): "NotImplementedType",
    _types.BuiltinFunctionType: "function", _types.FunctionType: "function",
    _types.BuiltinMethodType: "function", _types.MethodType: "bound_method",
    type([].append): "function", type(list.append): "function",
    type(str.join): "function", type(dict.fromkeys): "function",
    type((x for x in ())): "generator", _types.ModuleType: "module",
    map: "map", filter: "filter", zip: "zip", enumerate: "enumerate",
    staticmethod: "staticmethod", classmethod: "classmethod", property: "property",
    super: "super", type({}.keys()): "dict_view", type({}.values()): "dict_view",
    type({}.items()): "dict_view",
}
for _t in _ITERATOR_TYPES:
    _NAMES[_t] = "iterator"

#: Host exception subclasses that CPython creates on its own (``OSError(2, 'x')`` is a
#: ``FileNotFoundError`` in CPython): the VM shows them as their MicroPython base.
_HOST_ONLY_EXC: dict[type, type] = {}
for _n in dir(_host):
    _c = getattr(_host, _n)
    if isinstance(_c, type) and issubclass(_c, OSError) and _c is not OSError:
        _HOST_ONLY_EXC[_c] = OSError
_HOST_ONLY_EXC[RecursionError] = RuntimeError
_HOST_ONLY_EXC[DepthFirstType] = type  # a metaclass only for MicroPython's lookup order
_HOST_ONLY_EXC[UnicodeDecodeError] = UnicodeError
_HOST_ONLY_EXC[UnicodeEncodeError] = UnicodeError

#: Every host builtin class (types and exceptions): never a VM-created class.
HOST_BUILTIN_TYPES: frozenset[type] = frozenset(
    [c for c in vars(_host).values() if isinstance(c, type)] + list(_NAMES))


def is_vm_class(cls: type) -> bool:
    """True for a class created by the VM's ``__build_class__`` (a user class)."""
    return cls.__dict__.get("__mp_user__", False) is True


def vm_type(value: object) -> type:
    """``type(value)`` as the VM reports it."""
    t = type(value)
    return _HOST_ONLY_EXC.get(t, t)


def class_name(cls: type) -> str:
    """The VM name of a class (``list_iterator`` -> ``iterator``)."""
    name = _NAMES.get(cls)
    if name is not None:
        return name
    own = cls.__dict__.get("__mp_name__")
    if own is not None:
        return own
    base = _HOST_ONLY_EXC.get(cls)
    if base is not None:
        return base.__name__
    return cls.__name__


def type_name(value: object) -> str:
    """MicroPython's name of the type of ``value`` (as in ``'int' object isn't callable``)."""
    t = type(value)
    name = _NAMES.get(t)
    if name is not None:
        return name
    return class_name(t)
