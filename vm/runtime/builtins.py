"""The ``builtins`` module of MicroPython's unix port: ``make_builtins(vm) -> dict``.

Builtin *types* are the host types themselves (``type('a') is str`` must hold), but calling
some of them must behave as MicroPython (``str(obj)`` prints the VM way, ``int('x')`` has
MicroPython's message, ``type(x)`` hides host-only classes).  ``CONSTRUCTORS`` maps such a
host type to the function the VM calls instead; the engine looks it up when the callee of a
call is a class (``ops``-level helper: ``construct``).

What the VM instance provides (attributes read lazily, so a ``vm`` of ``None`` works for
tests with the defaults): ``stdout``/``stdin`` (text streams), ``import_module(name)``,
``current_globals()``/``current_locals()``, ``eval_source(src, globals, locals, mode)``,
``run_class_body(func, namespace)`` (else ``func.call_with_locals(namespace)``), and
``open_file(path, mode)`` (``vm/modules/io.py`` supplies the default).
"""

from __future__ import annotations

import math
import sys
from typing import Any

from vm.native import NativeModule
from vm.objects.typeinfo import class_name, is_vm_class, type_name, vm_type
from vm.objects.list import quicksort
from vm.objects.nested_iter import enumerate_, filter_, map_, zip_
from vm.objects.mro import DepthFirstType, needs_depth_first
from vm.runtime import ops
from vm.runtime.exceptions import EXCEPTIONS
from vm.runtime.repr import repr_value, str_value

__all__ = ["make_builtins", "CONSTRUCTORS", "construct", "mp_isinstance", "mp_issubclass"]

_MISSING: Any = object()

# ## Constructors that differ from the host's


def _int_from_str(s: str, base: int) -> int:
    text = s.strip()
    try:
        return int(text.replace("_", "\0") if "_" in text else text, base)
    except ValueError:
        raise ValueError(f"invalid syntax for integer with base {base}: "
                         f"{repr_value(s)}") from None


def mp_int(x: object = 0, base: object = _MISSING) -> int:
    """``int(x)`` / ``int(str, base)``."""
    if base is not _MISSING:
        if not isinstance(x, (str, bytes, bytearray)):
            raise TypeError("can't convert non-string with explicit base")
        text = x if isinstance(x, str) else bytes(x).decode()
        return _int_from_str(text, base)  # type: ignore[arg-type]
    t = type(x)
    if t is int:
        return x  # type: ignore[return-value]
    if t is bool:
        return int(x)  # type: ignore[arg-type]
    if t is float:
        if x != x:
            raise ValueError("can't convert NaN to int")
        if x in (math.inf, -math.inf):
            raise OverflowError(f"can't convert {repr_value(x)} to int")
        return int(x)  # type: ignore[arg-type]
    if t is str:
        return _int_from_str(x, 10)  # type: ignore[arg-type]
    if t in (bytes, bytearray):
        return _int_from_str(bytes(x).decode(), 10)  # type: ignore[arg-type]
    if isinstance(x, int):
        return int(x)
    if is_vm_class(t) and hasattr(x, "__int__"):
        return x.__int__()  # type: ignore[union-attr]
    raise TypeError(f"can't convert {type_name(x)} to int")


def mp_float(x: object = 0.0) -> float:
    """``float(x)``."""
    t = type(x)
    if t is float:
        return x  # type: ignore[return-value]
    if t is int or t is bool:
        try:
            return float(x)  # type: ignore[arg-type]
        except OverflowError:
            return math.inf if x > 0 else -math.inf  # type: ignore[operator]
    if t is str or t in (bytes, bytearray):
        text = x if t is str else bytes(x).decode()  # type: ignore[arg-type]
        try:
            if "_" in text:  # type: ignore[operator]
                raise ValueError
            return float(text)  # type: ignore[arg-type]
        except ValueError:
            raise ValueError("invalid syntax for number") from None
    if isinstance(x, (int, float)):
        return float(x)  # type: ignore[arg-type]
    if is_vm_class(t) and hasattr(x, "__float__"):
        return x.__float__()  # type: ignore[union-attr]
    raise TypeError(f"can't convert {type_name(x)} to float")


def mp_str(x: object = "", encoding: object = _MISSING, errors: object = _MISSING) -> str:
    """``str(x)`` / ``str(bytes, encoding)``."""
    if encoding is not _MISSING:
        if isinstance(x, (bytes, bytearray, memoryview)):
            try:
                return bytes(x).decode("utf-8")
            except UnicodeDecodeError:
                raise UnicodeError() from None
        raise TypeError("can't convert to str")
    return str_value(x)


def mp_bytes(x: object = b"", encoding: object = _MISSING, errors: object = _MISSING
             ) -> bytes:
    """``bytes(x)``."""
    if isinstance(x, str):
        if encoding is _MISSING:
            raise TypeError("string argument without an encoding")
        return x.encode("utf-8")
    if isinstance(x, int):
        if x < 0:
            raise ValueError("negative count")
        return bytes(x)
    try:
        return bytes(x)  # type: ignore[call-overload]
    except (TypeError, ValueError) as exc:
        if isinstance(exc, ValueError):
            raise ValueError("bytes value out of range") from None
        ops.get_iter(x)
        raise


def mp_bytearray(*args: object, **kwargs: object) -> bytearray:
    """``bytearray(x)``: from a list or tuple of ints, each is taken modulo 256."""
    if len(args) == 1 and not kwargs and type(args[0]) in (list, tuple):
        items = args[0]
        if all(type(v) is int for v in items):  # type: ignore[union-attr]
            return bytearray(v & 0xFF for v in items)  # type: ignore[union-attr]
    return bytearray(*args, **kwargs)  # type: ignore[call-overload]


def mp_type(*args: object) -> object:
    """``type(x)`` / ``type(name, bases, dict)``."""
    if len(args) == 1:
        return vm_type(args[0])
    if len(args) == 3:
        name, bases, ns = args
        ns = dict(ns)  # type: ignore[call-overload]
        ns["__mp_user__"] = True
        return type(name, tuple(bases) or (object,), ns)  # type: ignore[call-overload]
    raise TypeError("type takes 1 or 3 arguments")


def _iterable_ctor(t: type):
    def ctor(*args: object, **kwargs: object) -> object:
        if args and not isinstance(args[0], (dict,)) and len(args) == 1 and \
                not (t is dict and hasattr(args[0], "keys")):
            ops.get_iter(args[0])
        try:
            return t(*args, **kwargs)
        except TypeError as exc:
            if t is dict and "cannot convert dictionary update sequence" in str(exc):
                raise TypeError("'int' object isn't iterable") from None
            if "object is not iterable" in str(exc):
                raise TypeError(str(exc).replace(" is not ", " isn't ")) from None
            raise
    ctor.__name__ = t.__name__
    return ctor


def _int_arg_ctor(t: type):
    def ctor(*args: object) -> object:
        for a in args:
            if a is not None and not isinstance(a, int) and t is range:
                raise TypeError(f"can't convert {type_name(a)} to int")
        return t(*args)
    ctor.__name__ = t.__name__
    return ctor


#: Host types whose call the VM replaces (see module docstring).
CONSTRUCTORS: dict[type, Any] = {
    int: mp_int, float: mp_float, str: mp_str, bytes: mp_bytes, type: mp_type,
    bytearray: mp_bytearray,
    list: _iterable_ctor(list), tuple: _iterable_ctor(tuple), set: _iterable_ctor(set),
    frozenset: _iterable_ctor(frozenset), dict: _iterable_ctor(dict),
    range: _int_arg_ctor(range),
}


def construct(cls: type, *args: object, **kwargs: object) -> object:
    """Call class ``cls`` as the VM does (``CONSTRUCTORS`` first)."""
    ctor = CONSTRUCTORS.get(cls)
    if ctor is not None:
        return ctor(*args, **kwargs)
    return ops.call(cls, args, kwargs)


# ## isinstance / issubclass (MicroPython's bool is not an int)


def _check_classinfo(c: object) -> None:
    if isinstance(c, tuple):
        for x in c:
            _check_classinfo(x)
    elif not isinstance(c, type):
        raise TypeError("issubclass() arg 2 must be a class or a tuple of classes")


def mp_issubclass(cls: object, classinfo: object) -> bool:
    """``issubclass``."""
    if not isinstance(cls, type):
        raise TypeError("issubclass() arg 1 must be a class")
    _check_classinfo(classinfo)
    if isinstance(classinfo, tuple):
        return any(mp_issubclass(cls, c) for c in classinfo)
    if cls is bool and classinfo is int:
        return False
    return issubclass(cls, classinfo)  # type: ignore[arg-type]


def mp_isinstance(obj: object, classinfo: object) -> bool:
    """``isinstance``."""
    _check_classinfo(classinfo)
    return mp_issubclass(vm_type(obj), classinfo)


# ## Classes


def _set_cell(cell: object, value: object) -> None:
    # ``vm.objects.cell.Cell`` keeps its value in the slot ``v``.
    cell.v = value  # type: ignore[attr-defined]


def make_build_class(vm: object):
    """``__build_class__(func, name, *bases, metaclass=None, **kw)``."""

    def __build_class__(func, name, *bases, metaclass=None, **kwargs):
        for b in bases:
            if not isinstance(b, type):
                raise TypeError("function expected at most 2 arguments, got 3")
        ns: dict[str, object] = {}
        runner = getattr(vm, "run_class_body", None)
        cell = runner(func, ns) if runner is not None else func.call_with_locals(ns)
        ns["__mp_user__"] = True
        if "__eq__" in ns and "__hash__" not in ns:
            # MicroPython keeps instances hashable by identity.
            ns["__hash__"] = object.__hash__
        meta = metaclass if metaclass is not None else type
        if metaclass is None:
            for b in bases:
                if type(b) is not type and issubclass(type(b), type):
                    meta = type(b)
            if meta is type and needs_depth_first(bases):
                meta = DepthFirstType
        try:
            cls = meta(name, bases, ns, **kwargs) if bases else meta(name, (object,), ns,
                                                                     **kwargs)
        except TypeError as exc:
            if "multiple bases have instance lay-out conflict" in str(exc):
                raise TypeError("multiple bases have instance lay-out conflict") from None
            raise
        if cell is not None:
            _set_cell(cell, cls)
        return cls

    return __build_class__


# ## Output and input


def _stdout(vm: object):
    out = getattr(vm, "stdout", None)
    return out if out is not None else sys.stdout


def make_print(vm: object):
    def print_(*args, sep=" ", end="\n", file=None):
        if sep is None:
            sep = " "
        if end is None:
            end = "\n"
        for v in (sep, end):
            if not isinstance(v, str):
                raise TypeError(f"can't convert '{type_name(v)}' object to str implicitly")
        stream = _stdout(vm) if file is None else file
        text = sep.join([str_value(a) for a in args]) + end
        write = getattr(stream, "write", None)
        if write is None:
            raise AttributeError(f"'{type_name(stream)}' object has no attribute 'write'")
        write(text)
    return print_


def make_input(vm: object):
    def input_(prompt=None):
        if prompt is not None:
            out = _stdout(vm)
            out.write(str_value(prompt))
            if hasattr(out, "flush"):
                out.flush()
        stdin = getattr(vm, "stdin", None) or sys.stdin
        line = stdin.readline()
        if not line:
            raise EOFError()
        return line[:-1] if line.endswith("\n") else line
    return input_


# ## Plain functions


def abs_(x):
    if isinstance(x, (int, float, complex)):
        return abs(x)
    if is_vm_class(type(x)) and hasattr(x, "__abs__"):
        return x.__abs__()
    raise TypeError(f"unsupported type for __abs__: '{type_name(x)}'")


def all_(iterable):
    for x in ops.get_iter(iterable):
        if not x:
            return False
    return True


def any_(iterable):
    for x in ops.get_iter(iterable):
        if x:
            return True
    return False


def _int_only(x: object) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type_name(x)} to int")


def bin_(x):
    return bin(_int_only(x))


def hex_(x):
    return hex(_int_only(x))


def oct_(x):
    return oct(_int_only(x))


_WORD = 1 << 63  # a machine word of the unix port


def chr_(i):
    i = _int_only(i)
    if not -_WORD < i < _WORD:
        raise OverflowError("overflow converting long int to machine word")
    if not 0 <= i < 0x110000:
        raise ValueError("chr() arg not in range(0x110000)")
    return chr(i)


def ord_(c):
    if isinstance(c, str):
        if len(c) != 1:
            raise TypeError(f"ord() expected a character, but string of length {len(c)} "
                            "found")
        return ord(c)
    if isinstance(c, (bytes, bytearray)):
        if len(c) != 1:
            raise TypeError(f"ord() expected a character, but string of length {len(c)} "
                            "found")
        return c[0]
    raise TypeError(f"can't convert '{type_name(c)}' object to str implicitly")


def callable_(x):
    return callable(x)


def divmod_(a, b):
    try:
        return divmod(a, b)
    except ZeroDivisionError:
        raise ZeroDivisionError("divide by zero") from None
    except TypeError:
        raise ops.unsupported(35, a, b) from None


def _attr_name(name):
    # MicroPython interns the name as a qstr: anything but a str is a TypeError.
    if not isinstance(name, str):
        raise TypeError(f"can't convert '{type_name(name)}' object to str implicitly")
    return name


def getattr_(obj, name, default=_MISSING):
    try:
        return ops.load_attr(obj, _attr_name(name))
    except AttributeError:
        if default is _MISSING:
            raise
        return default


def setattr_(obj, name, value):
    ops.store_attr(obj, _attr_name(name), value)


def delattr_(obj, name):
    ops.delete_attr(obj, _attr_name(name))


def hasattr_(obj, name):
    try:
        ops.load_attr(obj, _attr_name(name))
    except AttributeError:
        return False
    return True


def hash_(x):
    return ops.hash_value(x)


def id_(x):
    return id(x) >> 4


def iter_(obj, sentinel=_MISSING):
    if sentinel is _MISSING:
        return ops.get_iter(obj)
    return iter(obj, sentinel)


def len_(x):
    return ops.length(x)


def _minmax(pick, name):
    def fn(*args, key=None, default=_MISSING):
        if len(args) == 1:
            items = list(ops.get_iter(args[0]))
            if not items:
                if default is _MISSING:
                    raise ValueError("arg is an empty sequence")
                return default
        elif not args:
            raise TypeError("function missing 1 required positional arguments")
        else:
            items = list(args)
        try:
            return pick(items, key=key) if key is not None else pick(items)
        except TypeError as exc:
            if ops._from_user_code(exc):
                raise
            raise _order_error(items) from None
    fn.__name__ = name
    return fn


def _order_error(items) -> TypeError:
    for a in items:
        for b in items:
            try:
                a < b
            except TypeError:
                return ops.unsupported(0, a, b)
    return TypeError("unsupported types")


def next_(it, default=_MISSING):
    try:
        return ops.iter_next(it)
    except StopIteration:
        if default is _MISSING:
            raise
        return default


def pow_(base, exp, mod=None):
    if mod is None:
        return ops.binary_op(34, base, exp)
    try:
        return pow(base, exp, mod)
    except ValueError:
        raise ValueError("pow() 3rd argument cannot be 0") from None
    except TypeError:
        raise TypeError("pow() with 3 arguments requires integers") from None


def repr_(x):
    return repr_value(x)


def round_(x, ndigits=None):
    if isinstance(x, (int, float)):
        if ndigits is None:
            if isinstance(x, float):
                if x != x:
                    raise ValueError("can't convert NaN to int")
                if x in (math.inf, -math.inf):
                    raise OverflowError(f"can't convert {repr_value(x)} to int")
            return round(x)
        if isinstance(x, float) and isinstance(ndigits, int) and -308 < ndigits < 308:
            # MicroPython scales, rounds half to even and scales back (no exact decimal
            # rounding): round(2.675, 2) is 2.68 there.
            mult = 10.0 ** ndigits
            scaled = x * mult
            if scaled in (math.inf, -math.inf) or scaled != scaled:
                return x
            return round(scaled) / mult
        return round(x, ndigits)
    raise TypeError(f"can't convert {type_name(x)} to float")


def sorted_(iterable, *, key=None, reverse=False):
    items = list(ops.get_iter(iterable))
    quicksort(items, key, bool(reverse))
    return items


def sum_(iterable, start=0):
    total = start
    for x in ops.get_iter(iterable):
        total = ops.binary_op(27, total, x) if type(total) is not int or type(x) is not int \
            else total + x
    return total


def dir_(obj=_MISSING, *, _vm=None):
    from vm.objects.attrs import CLASS_ATTRS, METHODS
    if obj is _MISSING:
        g = getattr(_vm, "current_globals", None)
        return list(g().keys()) if g is not None else []
    t = type(obj)
    if t in METHODS:
        return ["__class__"] + list(METHODS[t])
    if isinstance(obj, type) and (obj in METHODS or obj in CLASS_ATTRS):
        return ["__class__", "__name__"] + list(CLASS_ATTRS.get(obj, {})) + \
            list(METHODS.get(obj, {})) + ["__bases__", "__dict__"]
    names = ["__class__"]
    if isinstance(obj, type):
        names.append("__name__")
        for klass in reversed(obj.__mro__):
            if is_vm_class(klass):
                names.extend(k for k in klass.__dict__ if not k.startswith("__mp"))
    else:
        for klass in reversed(t.__mro__):
            if is_vm_class(klass):
                names.extend(k for k in klass.__dict__ if not k.startswith("__mp"))
        names.extend(getattr(obj, "__dict__", {}))
    seen: dict[str, None] = {}
    for n in names:
        if n not in ("__weakref__", "__dict__") or n == "__dict__":
            seen.setdefault(n, None)
    return list(seen)


# ## The module


def make_builtins(vm: object = None) -> dict[str, object]:
    """The builtins namespace of one VM instance (fresh dict per call)."""
    from vm.native import NativeModule as _NM  # noqa: F401 - documents the value model

    def __import__(name, globals=None, locals=None, fromlist=(), level=0):
        importer = getattr(vm, "import_name", None)
        if importer is not None:
            return importer(name, globals, locals, fromlist, level)
        if level:
            raise ImportError("can't perform relative import")
        mod = vm.import_module(name)  # type: ignore[union-attr]
        if fromlist:
            return mod
        return vm.import_module(name.split(".")[0])  # type: ignore[union-attr]

    def __repl_print__(value):
        if value is not None:
            out = _stdout(vm)
            out.write(repr_value(value) + "\n")

    def globals_():
        return vm.current_globals()  # type: ignore[union-attr]

    def locals_():
        return vm.current_locals()  # type: ignore[union-attr]

    def _source_of(src):
        if isinstance(src, (bytes, bytearray)):
            return bytes(src).decode()
        return src

    def eval_(source, globals=None, locals=None):
        return vm.eval_source(_source_of(source), globals, locals, "eval")  # type: ignore

    def exec_(source, globals=None, locals=None):
        vm.eval_source(_source_of(source), globals, locals, "exec")  # type: ignore
        return None

    def compile_(source, filename, mode, *args):
        return vm.compile_code(_source_of(source), filename, mode)  # type: ignore

    def execfile(path, globals=None, locals=None):
        with open_(path) as f:
            src = f.read()
        vm.eval_source(src, globals, locals, "exec")  # type: ignore[union-attr]

    def open_(file, mode="r", *args, **kwargs):
        opener = getattr(vm, "open_file", None)
        if opener is None:
            from vm.modules.io import open_file
            return open_file(vm, file, mode)
        return opener(file, mode)

    def help_(obj=_MISSING):
        out = _stdout(vm)
        if obj is _MISSING:
            out.write("Welcome to MicroPython (Mote)!\n\nFor online docs please visit "
                      "http://docs.micropython.org/\n\nControl commands:\n"
                      "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
                      "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
                      "  CTRL-C        -- interrupt a running program\n"
                      "  CTRL-D        -- on a blank line, exit or do a soft reset\n"
                      "  CTRL-E        -- on a blank line, enter paste mode\n\n"
                      "For further help on a specific object, type help(obj)\n")
            return
        out.write(f"object {repr_value(obj)} is of type {class_name(vm_type(obj))}\n")
        for name in dir_(obj):
            if not name.startswith("__"):
                try:
                    val = ops.load_attr(obj, name)
                except AttributeError:
                    continue
                out.write(f"  {name} -- {repr_value(val)}\n")

    b: dict[str, object] = {
        "__name__": "builtins",
        "__build_class__": make_build_class(vm), "__import__": __import__,
        "__repl_print__": __repl_print__,
        "abs": abs_, "all": all_, "any": any_, "bin": bin_, "bool": bool,
        "bytearray": bytearray, "bytes": bytes, "callable": callable_, "chr": chr_,
        "classmethod": classmethod, "compile": compile_, "complex": complex,
        "delattr": delattr_, "dict": dict, "dir": lambda *a: dir_(*a, _vm=vm),
        "divmod": divmod_, "enumerate": enumerate_, "eval": eval_, "exec": exec_,
        "execfile": execfile, "filter": filter_, "float": float, "frozenset": frozenset,
        "getattr": getattr_, "globals": globals_, "hasattr": hasattr_, "hash": hash_,
        "help": help_, "hex": hex_, "id": id_, "input": make_input(vm), "int": int,
        "isinstance": mp_isinstance, "issubclass": mp_issubclass, "iter": iter_,
        "len": len_, "list": list, "locals": locals_, "map": map_,
        "max": _minmax(max, "max"), "memoryview": memoryview, "min": _minmax(min, "min"),
        "next": next_, "object": object, "oct": oct_, "open": open_, "ord": ord_,
        "pow": pow_, "print": make_print(vm), "property": property, "range": range,
        "repr": repr_, "reversed": reversed, "round": round_, "set": set,
        "setattr": setattr_, "slice": slice, "sorted": sorted_,
        "staticmethod": staticmethod, "str": str, "sum": sum_, "super": super,
        "tuple": tuple, "type": type, "zip": zip_,
        "NotImplemented": NotImplemented, "Ellipsis": Ellipsis,
    }
    b.update(EXCEPTIONS)
    for name, value in b.items():
        if callable(value) and not isinstance(value, type):
            try:
                value.__mp_name__ = name  # type: ignore[union-attr]
            except AttributeError:
                pass
    return b


#: A NativeModule view for ``import builtins`` (the VM fills ``attrs`` per instance).
module = NativeModule("builtins")
