"""The mark phase: walk the VM's live values from its roots and cost each on the heap.

VM values are host objects, so a walk over the *VM-visible* references (list items, dict
keys and values, instance members, closure cells, generator locals, bound ``self``...)
finds exactly what MicroPython's collector would mark; every object is costed once (by
identity) through ``vm.heap.layout.Layout``.  Host machinery that is not a VM value (the
engine's contexts, units, handler stacks) is never entered.

Roots (``roots()``): the globals of every module loaded from source or .mpy, every live
frame of this VM's translated code (its locals and stack slots), pending scheduler
entries and whatever drivers registered with ``Heap.add_root``.
"""

from __future__ import annotations

import sys
import types
from collections import Counter
from typing import Callable, Iterable

from vm.heap.layout import LIST_MIN_ALLOC, Layout, hash_alloc_for

__all__ = ["Census", "take_census", "vm_frames", "list_alloc", "ShallowCoster"]

_LIST_BASE = sys.getsizeof([])
_PTR = 8 if sys.maxsize > 2 ** 32 else 4


def list_alloc(lst: list) -> int:
    """MicroPython's ``alloc`` for a list that looks like ``lst``.

    A list built at once (literal, ``[x] * n``, ``list(tuple)``) is exactly sized in both
    VMs; one grown by ``append`` is over-allocated by CPython, and then MicroPython's
    doubling from ``LIST_MIN_ALLOC`` gives its size."""
    n = len(lst)
    capacity = (sys.getsizeof(lst) - _LIST_BASE) // _PTR
    if capacity <= n or n < LIST_MIN_ALLOC:
        return max(n, LIST_MIN_ALLOC)
    alloc = LIST_MIN_ALLOC
    while alloc < n:
        alloc *= 2
    return alloc


class Census:
    """The result of one mark walk: live allocations (byte sizes) and live objects."""

    __slots__ = ("allocations", "objects", "units", "compiled", "extra_bytes")

    def __init__(self) -> None:
        self.allocations: list[int] = []
        self.objects = 0
        self.units: dict[int, object] = {}  # id(RawCode) -> RawCode
        self.compiled: dict[int, object] = {}  # id(CompiledModule) -> it (its qstrs live)
        self.extra_bytes = 0

    def blocks(self, layout: Layout) -> int:
        # Sizes repeat a lot (every float, every small instance): count each size once.
        b = layout.blocks
        return sum(b(n) * k for n, k in Counter(self.allocations).items())


def _is_vm_class(cls: type) -> bool:
    return "__mp_user__" in cls.__dict__


def _frame_is_vm(code: types.CodeType) -> bool:
    return code.co_filename.startswith("<mote ")


def vm_frames(vm: object) -> list[types.FrameType]:
    """Every live frame of ``vm``'s translated code, in all threads."""
    out = []
    for top in sys._current_frames().values():
        f = top
        while f is not None:
            if _frame_is_vm(f.f_code):
                ctx = f.f_locals.get("_M_ctx")
                if ctx is None or getattr(ctx, "vm", None) is vm:
                    out.append(f)
            f = f.f_back
    return out


def _frame_values(frame: types.FrameType) -> list:
    """The VM-visible values of a translated frame: locals, stack slots, class-body dict."""
    out = []
    for name, value in frame.f_locals.items():
        if name.startswith("_M_"):
            if name == "_M_L" and type(value) is dict:
                out.append(value)
            continue
        if name.startswith("_s") and name[2:].isdigit():
            # Stack slots: the engine does not clear popped slots, so most hold stale
            # values; what is live there is transient (mid-expression) and is counted
            # once stored.
            continue
        out.append(value)
    return out


def _unit_of_globals(g: dict):
    return g.get("_M_U")


class _Walker:
    def __init__(self, layout: Layout, qstrs: Callable[[str], bool],
                 frozen: Callable[[object], bool]) -> None:
        self.layout = layout
        self.is_qstr = qstrs
        self.is_frozen_unit = frozen
        self.seen: set[int] = set()
        self.census = Census()
        self.stack: list = []
        #: VM classes whose instances keep their members in a plain ``__dict__``.
        self.vm_classes: set[type] = set()
        lay = layout
        self.costs: dict[type, Callable] = {
            list: lambda o: lay.list_(list_alloc(o)),
            tuple: lambda o: lay.tuple_(len(o)),
            dict: lambda o: lay.map_(hash_alloc_for(len(o))),
            set: lambda o: lay.set_(hash_alloc_for(len(o))),
            frozenset: lambda o: lay.set_(hash_alloc_for(len(o))),
            float: lambda o: lay.float_(),
            complex: lambda o: lay.complex_(),
            int: lambda o: lay.int_(o),
            bool: lambda o: (),
            str: self._str_cost,
            bytes: lambda o: lay.str_(len(o)) if o else (),
            bytearray: lambda o: lay.bytearray_(len(o)),
            memoryview: lambda o: lay.small_object(4),
            range: lambda o: lay.small_object(4),
            slice: lambda o: lay.small_object(4),
            type(None): lambda o: (),
            types.MethodType: lambda o: lay.bound_method(),
        }
        self.children: dict[type, Callable] = {
            list: iter, tuple: iter, set: iter, frozenset: iter,
            dict: _dict_children, types.MethodType: lambda m: (m.__self__, m.__func__),
        }

    def _str_cost(self, s: str) -> tuple[int, ...]:
        if self.is_qstr(s):
            return ()
        return self.layout.str_(len(s.encode("utf-8", "surrogatepass")))

    # ## The walk

    def push(self, obj: object) -> None:
        self.stack.append(obj)

    def run_recording(self, records: list) -> Census:
        """``run``, also appending ``(object, its allocations' byte sizes)`` to ``records``
        for every live object that allocates (walk order; for the block map)."""
        stack = self.stack
        seen = self.seen
        costs = self.costs
        children = self.children
        allocs = self.census.allocations
        lay = self.layout
        lo, hi = lay.small_int_min, lay.small_int_max
        while stack:
            obj = stack.pop()
            t = type(obj)
            if t is int and lo <= obj <= hi:
                continue
            key = id(obj)
            if key in seen:
                continue
            seen.add(key)
            n0 = len(allocs)
            cost = costs.get(t)
            if cost is not None:
                parts = cost(obj)
                if parts:
                    allocs.extend(parts)
                    self.census.objects += 1
                kids = children.get(t)
                if kids is not None:
                    stack.extend(kids(obj))
            else:
                self._other(obj, t)
            if len(allocs) > n0:
                records.append((obj, allocs[n0:]))
        return self.census

    def run(self) -> Census:
        # The hot loop of every collection: small ints and floats (the commonest leaves)
        # and instances of VM classes are handled without a call.
        stack = self.stack
        pop = stack.pop
        extend = stack.extend
        seen = self.seen
        add = seen.add
        costs = self.costs
        children = self.children
        allocs = self.census.allocations
        more = allocs.extend
        lay = self.layout
        lo, hi = lay.small_int_min, lay.small_int_max
        float_parts = lay.float_()
        vm_classes = self.vm_classes
        instance = lay.instance
        instance_parts = [instance(hash_alloc_for(n)) for n in range(16)]
        objects = 0
        floats = 0
        while stack:
            obj = pop()
            t = type(obj)
            if t is int and lo <= obj <= hi:
                continue
            key = id(obj)
            if key in seen:
                continue
            add(key)
            if t is float:
                floats += 1
                continue
            if t in vm_classes:
                d = obj.__dict__
                n = len(d)
                more(instance_parts[n] if n < 16 else instance(hash_alloc_for(n)))
                objects += 1
                for v in d.values():  # leaf members inline: no push and pop
                    tv = type(v)
                    if tv is float:
                        key = id(v)
                        if key not in seen:
                            add(key)
                            floats += 1
                    elif tv is not int or not lo <= v <= hi:
                        stack.append(v)
                continue
            cost = costs.get(t)
            if cost is not None:
                parts = cost(obj)
                if parts:
                    more(parts)
                    objects += 1
                kids = children.get(t)
                if kids is not None:
                    extend(kids(obj))
                continue
            self._other(obj, t)
        if float_parts:
            more(float_parts * floats)
            objects += floats
        self.census.objects += objects
        return self.census

    def _other(self, obj: object, t: type) -> None:
        lay = self.layout
        allocs = self.census.allocations
        self.census.objects += 1
        if t is types.FunctionType:
            self._function(obj)
        elif t is types.GeneratorType:
            self._generator(obj)
        elif t is types.ModuleType:
            self._module(obj)
        elif isinstance(obj, type):
            if _is_vm_class(obj):
                allocs.extend(lay.type_())
                allocs.extend(lay.map_(hash_alloc_for(
                    sum(1 for k in obj.__dict__ if not k.startswith("__mp_")))))
                self.stack.extend(v for k, v in obj.__dict__.items()
                                  if not k.startswith("__"))
        elif isinstance(obj, BaseException):
            allocs.extend(lay.exception())
            self.stack.append(obj.args)
        elif t.__name__ == "Cell":
            allocs.extend(lay.cell())
            v = getattr(obj, "v", None)
            self.stack.append(v)
        elif _is_vm_class(t):
            if type(getattr(obj, "__dict__", None)) is dict:
                self.vm_classes.add(t)  # the next ones take the fast path in ``run``
            d = getattr(obj, "__dict__", None)
            n = len(d) if d is not None else 0
            allocs.extend(lay.instance(hash_alloc_for(n)))
            if d:
                self.stack.extend(d.values())
        elif t.__module__ == "builtins":
            allocs.extend(lay.small_object(4))  # iterators and other small builtins
            self.stack.extend(_builtin_children(obj))
        elif hasattr(t, "__mp_census__"):
            # A native object that lives on the heap (e.g. the _asyncio accelerator's
            # Task): its size in words and the VM values it holds.
            n_words, children = obj.__mp_census__()
            allocs.extend(lay.small_object(n_words))
            self.stack.extend(children)
        else:
            self.census.objects -= 1  # host machinery or a native object in ROM

    def _function(self, fn: types.FunctionType) -> None:
        lay = self.layout
        allocs = self.census.allocations
        if not _frame_is_vm(fn.__code__):
            self.census.objects -= 1  # a native function: ROM
            return
        unit = _unit_of_globals(fn.__globals__)
        if unit is not None:
            self._unit(unit)
        allocs.extend(lay.function(0))
        if fn.__defaults__:
            self.stack.append(fn.__defaults__)
        cl = fn.__closure__ or ()
        cells = []
        for c in cl:
            try:
                v = c.cell_contents
            except ValueError:
                continue
            if type(v).__name__ == "Cell":
                cells.append(v)
            elif type(v) is tuple and v and all(type(x).__name__ == "Cell" for x in v):
                cells.extend(v)
        if cells:
            allocs.extend(lay.closure(len(cells)))
            self.stack.extend(cells)

    def _generator(self, gen: types.GeneratorType) -> None:
        frame = gen.gi_frame
        if frame is None or not _frame_is_vm(gen.gi_code):
            allocs = self.layout.small_object(4)
            self.census.allocations.extend(allocs)
            return
        unit = _unit_of_globals(frame.f_globals)
        n_state, n_exc = 4, 0
        if unit is not None:
            self._unit(unit)
            p = unit.prelude
            n_state, n_exc = p.n_state, p.n_exc_stack
        self.census.allocations.extend(self.layout.generator(n_state, n_exc))
        self.stack.extend(_frame_values(frame))

    def _module(self, mod: types.ModuleType) -> None:
        d = mod.__dict__
        if "__file__" not in d and d.get("__name__") != "__main__":
            self.census.objects -= 1  # a builtin module: ROM
            return
        self.census.allocations.extend(self.layout.module())
        self.push_globals(d)

    def push_globals(self, d: dict) -> None:
        if id(d) in self.seen:
            return
        self.seen.add(id(d))
        n = sum(1 for k in d if not (k.startswith("__") and k != "__name__"))
        self.census.allocations.extend(self.layout.map_(hash_alloc_for(n)))
        for k, v in d.items():
            if k.startswith("__") and k not in ("__name__",):
                continue
            self.stack.append(k)
            self.stack.append(v)

    def _unit(self, unit) -> None:
        compiled = getattr(getattr(unit, "module", None), "module", None)
        if compiled is not None:
            self.census.compiled[id(compiled)] = compiled
        self._code(unit.raw)

    def _code(self, raw) -> None:
        if id(raw) in self.census.units:
            return
        if self.is_frozen_unit(raw):
            self.census.units[id(raw)] = raw
            return
        for r in raw.walk():
            if id(r) not in self.census.units:
                self.census.units[id(r)] = r
                self.census.allocations.extend(
                    self.layout.raw_code(len(r.fun_data), len(r.children)))


class ShallowCoster:
    """Costs one object without following its references (the meter's ``charge_value``)."""

    def __init__(self, layout: Layout, is_qstr: Callable[[str], bool]) -> None:
        self.walker = _Walker(layout, is_qstr, lambda r: True)

    def blocks(self, obj: object) -> int:
        b = self.walker.layout.blocks
        return sum(b(n) for n in self.parts(obj))

    def parts(self, obj: object) -> list[int]:
        """The byte sizes of ``obj``'s own allocations."""
        w = self.walker
        w.seen.clear()
        w.census = Census()
        w.stack = [obj]
        w.children = {}
        obj_t = type(obj)
        cost = w.costs.get(obj_t)
        if cost is not None:
            parts = cost(obj)
        else:
            w._other(obj, obj_t)
            parts = w.census.allocations
        w.stack = []
        return list(parts)


def _dict_children(d: dict) -> Iterable:
    for k, v in d.items():
        yield k
        yield v


def _builtin_children(obj: object) -> Iterable:
    try:
        import gc
        return [o for o in gc.get_referents(obj) if not isinstance(o, type)]
    except Exception:  # noqa: BLE001 - no referents known
        return ()


def take_census(vm: object, layout: Layout, is_qstr: Callable[[str], bool],
                extra_roots: Iterable = (), frozen: Callable[[object], bool] = lambda r: False,
                skip_frames: bool = False, records: list | None = None) -> Census:
    """Mark everything reachable from ``vm``'s roots; returns the live allocations (and
    fills ``records``, if given, as ``_Walker.run_recording`` does)."""
    w = _Walker(layout, is_qstr, frozen)
    for mod in list(getattr(vm, "modules", {}).values()):
        if mod is None:  # ``sys.modules[name] = None``: an import blocked on purpose
            continue
        if id(mod) not in w.seen:
            w.seen.add(id(mod))
            w._module(mod)
    if not skip_frames:
        for frame in vm_frames(vm):
            unit = _unit_of_globals(frame.f_globals)
            if unit is not None:
                w._unit(unit)
            w.stack.extend(_frame_values(frame))
    sched = getattr(vm, "scheduler", None)
    for queue in (getattr(sched, "_soft", None), getattr(sched, "_hard", None)):
        for entry in list(queue or ()):
            w.stack.extend(entry[:2])
    for root in extra_roots:
        w.push(root)
    return w.run() if records is None else w.run_recording(records)
