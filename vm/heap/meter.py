"""The allocation meter: what translated code charges to the heap, and where.

Accounting is chosen when a function is translated (``ACCOUNTING[0]``): with it off the
generated code has no hooks at all.  With it on, the factory binds the heap's hooks
(``hooks``: ``_M_hc`` the blocks left, ``_M_hp`` its slow path, ``_M_hv`` charge a value,
``_M_hg`` a list's array doubling) and the emitters charge, *before* building the object
as MicroPython does:

* ``BUILD_TUPLE``/``BUILD_LIST``/``BUILD_MAP``/``BUILD_SET`` their known block counts;
* ``MAKE_FUNCTION``/``MAKE_CLOSURE`` the function object (and closure);
* an ``__init__`` method its new instance and the member table its attribute stores need;
* ``list.append`` (a method call or a list comprehension) the doubled item array when the
  list outgrows it;
* calls of a global name that builds an object (``bytearray(n)``, ``list(x)``...) the cost
  of what the call returned (``_M_hv``).

A constant charge is inline, two statements and no call (``_M_hc[0] -= 3`` and
``if _M_hc[0] < 0: _M_hp(3)``): the hooks run on every allocation, so a call each would
cost the interpreter a quarter of its speed (bench/perf.py --accounting).

Everything else (boxed float results, strings made by operators, instances of classes
without ``__init__``) is found by the mark walk at the next collection; the meter only
decides *when* that walk runs and when an allocation fails (the walk runs before any
``MemoryError``, so what the meter misses delays a collection but never fakes a failure).
Block counts of word-sized objects do not depend on the word size (a block is four words
either way), so they are fixed at translation time.
"""

from __future__ import annotations

import re

from vm.heap.layout import LIST_MIN_ALLOC, hash_alloc_for

__all__ = ["ACCOUNTING", "enabled", "set_enabled", "heap_meter", "hooks", "tuple_blocks",
           "list_blocks", "map_blocks", "set_blocks", "function_blocks", "instance_blocks",
           "METERED_CALLEES"]

#: Translation-time switch (a one-element list so tools can flip it in place).
ACCOUNTING = [True]

#: Global names whose call result is charged: builtin constructors that build containers
#: or buffers (``str()`` is left to the walk, as strings made by operators are).
_CTOR_NAMES = frozenset({"bytearray", "bytes", "list", "dict", "tuple", "set", "frozenset",
                         "array", "sorted", "memoryview", "zip", "map", "enumerate",
                         "filter", "reversed"})

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z_0-9]*$")


def METERED_CALLEES(name: str) -> bool:
    """True if a call of the global ``name`` gets its result charged."""
    return name in _CTOR_NAMES


def enabled() -> bool:
    return ACCOUNTING[0]


def set_enabled(on: bool) -> None:
    """Switch accounting for code translated from now on."""
    ACCOUNTING[0] = bool(on)


# ## Block counts (word-sized objects: the same on 32- and 64-bit ports)


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


def instance_blocks(n_members: int) -> int:
    """An instance and the member table ``n_members`` attribute stores grow it to."""
    return 1 + _blocks(2 * hash_alloc_for(n_members))


_MEMBER_BLOCKS = [instance_blocks(n) for n in range(64)]


def _instance_value_blocks(value) -> int:
    d = getattr(value, "__dict__", None)
    n = len(d) if d else 0
    return _MEMBER_BLOCKS[n] if n < 64 else instance_blocks(n)


def _set_table_blocks(n: int) -> int:
    return 1 + _blocks(hash_alloc_for(n))


_SET_BLOCKS = [_set_table_blocks(n) for n in range(64)]

#: type -> blocks of a just-built object of that type; other types are costed by
#: ``Heap.charge_object``.
_FAST_BLOCKS = {
    list: lambda v: list_blocks(len(v)),
    tuple: lambda v: tuple_blocks(len(v)),
    dict: lambda v: 1 + _blocks(2 * hash_alloc_for(len(v))),
    set: lambda v: _set_table_blocks(len(v)),
    frozenset: lambda v: _set_table_blocks(len(v)),
    bytearray: lambda v: 1 + (-(-len(v) // 16) if v else 0),
    type(None): lambda v: 0, bool: lambda v: 0, int: lambda v: 0,
}


def _blocks_of_type(t: type):
    f = _FAST_BLOCKS.get(t)
    if f is None and "__mp_user__" in getattr(t, "__dict__", {}):
        f = _FAST_BLOCKS[t] = _instance_value_blocks
    return f


# ## The hooks one heap gives translated code


def hooks(heap) -> tuple:
    """``(budget, press, charge_value, list_grown)`` bound to ``heap`` (see the module
    docstring); closures, so that the hot paths look nothing up."""
    budget = heap.meter
    press = heap.press
    fast = _FAST_BLOCKS
    set_table = _SET_BLOCKS

    def charge_value(value):
        """Charge what a constructor call returned (its own blocks, not its references)."""
        if heap.blockmap is not None:  # a small heap: place it (fragmentation)
            heap.charge_object(value)
            return value
        t = type(value)
        # The commonest, inline (the same counts as ``_FAST_BLOCKS``).
        if t is tuple:
            blocks = (len(value) + 5) >> 2 if value else 0
        elif t is set or t is list:
            n = len(value)
            blocks = (set_table[n] if n < 64 else _set_table_blocks(n)) if t is set else \
                1 + ((n if n > LIST_MIN_ALLOC else LIST_MIN_ALLOC) + 3 >> 2)  # noqa: FURB136 - no call
        else:
            f = fast.get(t) or _blocks_of_type(t)
            if f is None:
                heap.charge_object(value)
                return value
            blocks = f(value)
        if blocks:
            budget[0] -= blocks
            if budget[0] < 0:
                press(blocks)
        return value

    def list_grown(n: int, lst: object = None) -> None:
        """A list of ``n`` items is about to double its array (m_renew): the new array
        (2n words) must fit while the old one (n words) is live; then the old is freed."""
        if heap.blockmap is not None:
            heap.grow_list(lst, n)
            return
        blocks = n // 2
        budget[0] -= blocks
        if budget[0] < 0:
            press(blocks)
        heap.release(n // 4)

    return budget, press, charge_value, list_grown


def _no_press(blocks: int) -> None:
    return None


def _identity(value):
    return value


def heap_meter(ctx: object) -> tuple:
    """The hooks of the heap of ``ctx``'s VM (inert ones without a heap)."""
    heap = getattr(getattr(ctx, "vm", None), "heap", None)
    if heap is None:
        return [1 << 62], _no_press, _identity, _no_press
    return heap.hooks


# ## Emission (called by vm.interp.emitters and translate; no-ops when unmetered)


def metered(g) -> bool:
    return getattr(g, "metered", False)


def _charge_lines(blocks: int) -> tuple[str, str]:
    return f"_M_hc[0] -= {blocks}", f"if _M_hc[0] < 0: _M_hp({blocks})"


def emit_charge(g, blocks: int) -> None:
    """Charge ``blocks`` before the allocation the emitter is about to build."""
    if blocks and getattr(g, "metered", False):
        take, check = _charge_lines(blocks)
        g.stmt(take)
        g.raw(check)


def entry_charge(unit) -> list[str]:
    """Lines a metered function runs on entry: an ``__init__`` charges the instance being
    initialised and a member table for the attributes it stores (a method calling a base
    class's ``__init__`` charges again: the meter errs towards collecting early)."""
    if getattr(unit, "name", None) != "__init__":
        return []
    qstrs = unit.module.qstrs
    names = {qstrs[i.arg] for i in unit.instrs if i.op.name == "STORE_ATTR"}
    return list(_charge_lines(instance_blocks(len(names))))


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
    return f"_M_hv({call})"


def _growth_check(obj: str) -> str:
    # m_renew happens when a list with a full array appends; arrays start at four items
    # and double, so that is when the length is a power of two of at least four.
    return (f"if _M_type({obj}) is _M_list and (_M_t := len({obj})) >= {LIST_MIN_ALLOC} "
            f"and not _M_t & (_M_t - 1): _M_hg(_M_t, {obj})")


def append_call(g, obj: str, item: str) -> str:
    """``obj.append(item)``, after an inline check charging a list's growth."""
    if getattr(g, "metered", False) and _IDENT.match(obj):
        g.stmt(_growth_check(obj))
    return f"{obj}.append({item})"


def method_expr(g, obj: str, name: str) -> str | None:
    """Called when a lazy method load of ``obj.name`` is evaluated early: for ``append``
    the growth check is emitted then (before the arguments are built); returns the load
    expression to use, or None for the ordinary one."""
    if name == "append" and getattr(g, "metered", False) and _IDENT.match(obj):
        g.raw(_growth_check(obj))
    return None


def comprehension_append(g, coll: str, item: str) -> str | None:
    """A list comprehension's append as one statement line, with the growth check inline
    (no call unless the array doubles: comprehensions are hot)."""
    if not getattr(g, "metered", False):
        return None
    return (f"_M_t = len({coll}); _M_t & (_M_t - 1) or _M_t < {LIST_MIN_ALLOC} or "
            f"_M_hg(_M_t, {coll}); {coll}.append({item})")


#: Names the translator adds to every generated module's namespace.
NAMESPACE = {"_M_heap_meter": heap_meter, "_M_list": list}
