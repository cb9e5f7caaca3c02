"""The allocation meter: what translated code charges to the heap, and where.

Accounting is chosen when a function is translated (``ACCOUNTING[0]``): with it off the
generated code has no hooks at all.  With it on, the factory binds ``_M_ch`` (the heap's
``charge``) and the emitters charge, *before* building the object as MicroPython does:

* ``BUILD_TUPLE``/``BUILD_LIST``/``BUILD_MAP``/``BUILD_SET`` their known block counts;
* ``MAKE_FUNCTION``/``MAKE_CLOSURE`` the function object (and closure);
* ``list.append`` (a method call or a list comprehension) the doubled item array when the
  list outgrows it;
* calls of a global name that builds an object (``bytearray(n)``, ``list(x)``, a class
  spelled with a capital, an exception...) the cost of what the call returned
  (``charge_value``).

Everything else (boxed float results, strings made by operators, instance members) is
found by the mark walk at the next collection; the meter only decides *when* that walk
runs and when an allocation fails.  Block counts of word-sized objects do not depend on
the word size (a block is four words either way), so they are fixed at translation time.
"""

from __future__ import annotations

import functools
import re

from vm.heap.layout import LIST_MIN_ALLOC, hash_alloc_for

__all__ = ["ACCOUNTING", "enabled", "set_enabled", "heap_charge", "tuple_blocks",
           "list_blocks", "map_blocks", "set_blocks", "function_blocks", "list_append",
           "charge_value", "METERED_CALLEES"]

#: Translation-time switch (a one-element list so tools can flip it in place).
ACCOUNTING = [True]

#: Global names whose call result is charged: builtin constructors and class-like names.
_CTOR_NAMES = frozenset({"bytearray", "bytes", "list", "dict", "tuple", "set", "frozenset",
                         "str", "array", "sorted", "memoryview", "range", "zip", "map",
                         "enumerate", "filter", "reversed"})
_CLASS_LIKE = re.compile(r"^_?[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*$")


def METERED_CALLEES(name: str) -> bool:
    """True if a call of the global ``name`` gets its result charged."""
    return name in _CTOR_NAMES or bool(_CLASS_LIKE.match(name))


def enabled() -> bool:
    return ACCOUNTING[0]


def set_enabled(on: bool) -> None:
    """Switch accounting for code translated from now on."""
    ACCOUNTING[0] = bool(on)


def _blocks(words: int) -> int:
    return -(-words // 4) if words > 0 else 0


def tuple_blocks(n: int) -> int:
    return _blocks(2 + n) if n else 0


def list_blocks(n: int) -> int:
    return 1 + _blocks(max(n, LIST_MIN_ALLOC))


def map_blocks(n: int) -> int:
    return 1 + _blocks(2 * n)


def set_blocks(n: int) -> int:
    return 1 + _blocks(n)


def function_blocks(n_closed: int) -> int:
    return 1 + (_blocks(3 + n_closed) if n_closed else 0)


def _no_charge(blocks: int) -> None:
    return None


def heap_charge(ctx: object):
    """The charge function of the heap of ``ctx``'s VM (a no-op without a heap)."""
    heap = getattr(getattr(ctx, "vm", None), "heap", None)
    return heap.charge if heap is not None else _no_charge


def list_append(charge, obj, item) -> None:
    """``obj.append(item)``, charging the doubled item array when a list outgrows it."""
    if type(obj) is not list:
        return obj.append(item)
    n = len(obj)
    if n >= LIST_MIN_ALLOC and not n & (n - 1):
        # m_renew: the doubled array (2n words) must fit while the old one is live; then
        # the old one (n words) is freed.
        charge(n // 2)
        heap = getattr(charge, "__self__", None)
        if heap is not None:
            heap.release(n // 4)
    obj.append(item)
    return None


def _instance_blocks(value) -> int:
    d = getattr(value, "__dict__", None)
    n = len(d) if d else 0
    return 1 + (_MEMBER_BLOCKS[n] if n < len(_MEMBER_BLOCKS) else _blocks(2 * hash_alloc_for(n)))


_MEMBER_BLOCKS = [_blocks(2 * hash_alloc_for(n)) for n in range(64)]

#: type -> blocks of a just-built object of that type (word-sized objects only: the same
#: count on 32- and 64-bit ports); other types go through ``Heap.charge_object``.
_FAST_BLOCKS = {
    list: lambda v: list_blocks(len(v)),
    tuple: lambda v: tuple_blocks(len(v)),
    dict: lambda v: 1 + _blocks(2 * hash_alloc_for(len(v))),
    set: lambda v: 1 + _blocks(hash_alloc_for(len(v))),
    type(None): lambda v: 0, bool: lambda v: 0,
}


def _fast_blocks(t: type):
    f = _FAST_BLOCKS.get(t)
    if f is None and "__mp_user__" in getattr(t, "__dict__", {}):
        f = _FAST_BLOCKS[t] = _instance_blocks
    return f


def charge_value(charge, value):
    """Charge what a constructor call returned (its own blocks, not its references)."""
    f = _FAST_BLOCKS.get(type(value)) or _fast_blocks(type(value))
    if f is not None:
        blocks = f(value)
        if blocks:
            charge(blocks)
        return value
    heap = getattr(charge, "__self__", None)
    if heap is not None:
        heap.charge_object(value)
    return value


# ## Emission (called by vm.interp.emitters; each is a no-op when the unit is unmetered)


def metered(g) -> bool:
    return getattr(g, "metered", False)


def emit_charge(g, blocks: int) -> None:
    """Charge ``blocks`` before the allocation the emitter is about to build."""
    if blocks and getattr(g, "metered", False):
        g.stmt(f"_M_ch({blocks})")


def mark_callee(g, name: str) -> None:
    """Remember that the value just pushed was loaded by global/builtin ``name``."""
    if getattr(g, "metered", False) and METERED_CALLEES(name):
        marks = g.__dict__.setdefault("meter_marks", {})
        marks[len(g.stack) - 1] = (g.stack[-1], name)


def wrap_call(g, callee_index: int, callee_entry, call: str) -> str:
    """The call expression, wrapped to charge its result if the callee was marked."""
    marks = g.__dict__.get("meter_marks")
    if not marks:
        return call
    mark = marks.pop(callee_index, None)
    if mark is None or mark[0] is not callee_entry:
        return call
    return f"_M_chv(_M_ch, {call})"


def append_call(g, obj: str, item: str) -> str | None:
    """``obj.append(item)`` with list growth charged (None: emit the plain call)."""
    if getattr(g, "metered", False):
        return f"_M_lapp(_M_ch, {obj}, {item})"
    return None


def bound_append(charge, obj):
    """``obj.append`` as a value (a method loaded before its arguments were built)."""
    if type(obj) is not list:
        return obj.append
    return functools.partial(list_append, charge, obj)


def method_expr(g, obj: str, name: str) -> str | None:
    """The expression loading method ``name`` of ``obj`` when metering needs its own."""
    if name == "append" and getattr(g, "metered", False):
        return f"_M_lappm(_M_ch, {obj})"
    return None


def grown(charge, n: int) -> None:
    """A list of ``n`` items has just doubled its array (see ``comprehension_append``)."""
    charge(n // 2)
    heap = getattr(charge, "__self__", None)
    if heap is not None:
        heap.release(n // 4)


def comprehension_append(g, coll: str, item: str) -> str | None:
    """A list comprehension's append as one statement line, with the growth check inline
    (no call unless the array doubles: comprehensions are hot)."""
    if not getattr(g, "metered", False):
        return None
    return (f"{coll}.append({item}); _M_t = len({coll}) - 1; "
            f"_M_t & (_M_t - 1) or _M_t < 4 or _M_grown(_M_ch, _M_t)")


#: Names the translator adds to every generated module's namespace.
NAMESPACE = {"_M_heap_charge": heap_charge, "_M_lapp": list_append, "_M_chv": charge_value,
             "_M_lappm": bound_append, "_M_grown": grown}
