"""Run-time support for translated code: the helpers generated functions call.

Translated code (``vm.interp.translate``) does the common case inline with host operations
and calls in here for everything rare or intricate: exception dispatch and unwinding
through ``finally``/``with``, star-argument calls, imports, slow paths with MicroPython's
error messages.  Every name a generated function uses is in ``NAMESPACE`` (prefixed
``_M_`` so it cannot collide with a user's variable).

The handler stack of a running frame is a list of ``[landing_block, handler_offset,
is_finally, prev_exc]`` entries, pushed by ``SETUP_*`` and popped by ``POP_EXCEPT_JUMP``,
``END_FINALLY`` and unwinding; as in MicroPython's VM an entry whose handler offset is at
or before the current instruction is *active* (its handler is running).
"""

from __future__ import annotations

import sys
from vm.interp.binding import binding_error, is_binding_message
from vm.objects.cell import Cell
from vm.runtime import ops
from vm.runtime.exceptions import to_vm_exception
from vm.runtime.traceback import TB_ATTR

NULL = ops.NULL
_METHODS = ops.METHODS
_GeneratorType = type((lambda: (yield))())

RETURN_BLOCK = -1  # the pseudo block that returns ``_M_x``

#: Nesting count of explicit ``close()``/``throw()`` calls on VM generators: GeneratorExit
#: arriving while it is zero comes from the host's generator finaliser.
CLOSING = [0]


def generator_call(gen, name: str, args: tuple):
    """``gen.close()`` / ``gen.throw(...)`` called by VM code (handlers may run)."""
    CLOSING[0] += 1
    try:
        return getattr(gen, name)(*args)
    finally:
        CLOSING[0] -= 1


# ## Unwinding


class Unwind(BaseException):
    """A host-level unwinding that no VM handler sees: no ``except`` (not even
    ``BaseException``), no ``finally`` and no ``with`` exit runs, as when a board resets
    (drivers/hardware.py ``BoardReset``).  ``handle`` lets it straight through."""


class UnwindJump:
    """A ``break``/``continue`` running ``finally`` handlers before reaching its target."""

    __slots__ = ("remaining", "target", "offset")

    def __init__(self, remaining: int, target: int, offset: int) -> None:
        self.remaining = remaining
        self.target = target
        self.offset = offset


# ## Exceptions


_LOCAL_UNBOUND = "local variable referenced before assignment"


def vm_exception(e: BaseException, direct: bool, unit=None, offset: int = 0,
                 frame=None) -> BaseException:
    """The VM exception for host exception ``e`` caught in a translated frame.

    ``direct`` is true when ``e`` was raised by the frame itself (not by a callee), so a
    CPython argument-binding TypeError is this frame's call failing to bind: the call is
    re-bound with MicroPython's rules from the recorded call site (``unit.call_sites``)
    evaluated in ``frame``.
    """
    t = type(e)
    if t is UnboundLocalError:
        return NameError(_LOCAL_UNBOUND)
    if t is AttributeError and type(getattr(e, "obj", None)) is Cell:
        return NameError(_LOCAL_UNBOUND)
    if t is TypeError and direct and not getattr(e, TB_ATTR, None):
        if unit is not None and frame is not None and is_binding_message(e):
            better = _rebind(unit, offset, frame)
            if better is not None:
                return better
        text = str(e)
        if text.endswith("object is not callable"):
            return TypeError(text.replace("object is not callable", "object isn't callable")
                             .replace("'builtin_function_or_method'", "'function'"))
        if "argument after * must be an iterable" in text or \
                "argument after ** must be a mapping" in text:
            return e
    if t is RecursionError:
        new = RuntimeError("maximum recursion depth exceeded")
        return new
    return to_vm_exception(e)


def handle(unit, e: BaseException, hs: list):
    """Dispatch exception ``e`` caught in a frame of ``unit`` with handler stack ``hs``.

    Records the traceback entry, then returns ``(landing_block, exception)`` for the
    innermost inactive handler, or re-raises ``e`` when the frame has none (a StopIteration
    leaving a generator then becomes ``RuntimeError: generator raised StopIteration`` in
    the host, as in MicroPython).
    """
    if isinstance(e, Unwind):
        raise e
    tb = e.__traceback__
    if type(e) is GeneratorExit and not CLOSING[0] and unit.is_generator and tb is not None \
            and tb.tb_next is None and unit.by_offset.get(
                unit.offset_of_line(tb.tb_lineno)).op.code in _YIELDS:
        # The host finalising an abandoned generator (GeneratorExit thrown in at a yield
        # without an explicit close()): MicroPython has no generator finalisers, so no
        # finally/except code may run.
        raise e
    if tb is not None:
        direct = tb.tb_next is None
        line = tb.tb_lineno
        frame = tb.tb_frame
    else:
        direct = False
        line = 0
        frame = None
    offset = unit.offset_of_line(line)
    e2 = vm_exception(e, direct, unit, offset, frame)
    if e2 is not e:
        old = getattr(e, TB_ATTR, None)
        if old and not getattr(e2, TB_ATTR, None):
            setattr(e2, TB_ATTR, list(old))
        e = e2
    e.__traceback__ = None
    if offset not in unit.no_traceback_offsets:
        entries = getattr(e, TB_ATTR, None)
        if entries is None:
            try:
                setattr(e, TB_ATTR, [unit.traceback_entry(offset)])
            except (AttributeError, TypeError):
                pass
        else:
            entries.append(unit.traceback_entry(offset))
    while hs:
        top = hs[-1]
        if top[1] <= offset:
            hs.pop()  # an active handler: the exception leaves it
            continue
        top[3] = e
        return top[0], e
    raise e


def _rebind(unit, offset: int, frame) -> BaseException | None:
    site = unit.call_sites.get(offset)
    if site is None:
        return None
    fn_expr, arg_exprs, kw_exprs, method = site
    try:
        env = frame.f_locals
        ev = lambda x: eval(x, frame.f_globals, env)  # noqa: E731 - pure slot reads
        fn = ev(fn_expr)
        if method is not None:
            fn = getattr(fn, method)
        args = tuple(ev(a) for a in arg_exprs)
        kwargs = {ev(k): ev(v) for k, v in kw_exprs}
    except Exception:  # noqa: BLE001 - fall back to the host message
        return None
    return binding_error(fn, args, kwargs)


def checked_call(fn, args, kwargs):
    """Call ``fn``; a failure to bind the arguments gets MicroPython's message."""
    try:
        return fn(*args, **kwargs)
    except TypeError as exc:
        call_failed(exc, fn, args, kwargs)
        raise


def call_failed(exc: TypeError, fn, args, kwargs) -> None:
    """Raise MicroPython's error when ``exc``, caught right at the call ``fn(*args,
    **kwargs)``, says the call itself failed (binding, not callable); else return."""
    tb = exc.__traceback__
    if tb is not None and tb.tb_next is None and not getattr(exc, TB_ATTR, None):
        if is_binding_message(exc):
            better = binding_error(fn, args, kwargs)
            if better is not None:
                raise better from None
        if not callable(fn):
            raise ops.not_callable(fn) from None


# An unwinding finally handler is entered with two slots, as in MicroPython: (value, -1)
# for a return, (UnwindJump, remaining count) for a break/continue.
_CAUSE_RETURN = -1


def unwind_return(hs: list, offset: int, value: object):
    """``return value`` at ``offset``: run the innermost pending finally, else return."""
    while hs:
        top = hs[-1]
        if top[2] and top[1] > offset:
            return top[4], (value, _CAUSE_RETURN)
        hs.pop()
    return RETURN_BLOCK, value


def unwind_jump(hs: list, offset: int, count: int, target: int):
    """``UNWIND_JUMP``: leave ``count`` handler blocks (running pending finallys) and jump
    to block ``target``."""
    while count > 0:
        count -= 1
        top = hs[-1]
        if top[2] and top[1] > offset:
            return top[4], (UnwindJump(count, target, offset), count)
        hs.pop()
    return target, None


def end_finally_unwinding(hs: list, value: object, cause: object, offset: int):
    """``END_FINALLY`` of a finally entered by unwinding (its handler entry is popped)."""
    if cause == _CAUSE_RETURN:
        return unwind_return(hs, offset, value)
    return unwind_jump(hs, value.offset, value.remaining, value.target)  # type: ignore


def with_cleanup(exit_fn, reason: object) -> object:
    """``WITH_CLEANUP``: call ``__exit__``; the new reason (None when an exception was
    suppressed)."""
    if isinstance(reason, BaseException):
        if exit_fn(vm_type(reason), reason, None):
            return None
        return reason
    exit_fn(None, None, None)
    return reason


def vm_type(v: object) -> type:
    from vm.objects.typeinfo import vm_type as _vm_type
    return _vm_type(v)


def raise_last(hs: list) -> BaseException:
    """The exception a bare ``raise`` re-raises."""
    for entry in reversed(hs):
        if entry[3] is not None:
            return entry[3]
    return RuntimeError("no active exception to reraise")


_YIELDS = (0x67, 0x68)  # YIELD_VALUE, YIELD_FROM


def warn(ctx, message: str) -> None:
    """MicroPython's ``mp_warning``: ``Warning: <message>`` on stderr."""
    err = getattr(ctx.vm, "stderr", None) or sys.stderr
    err.write(f"Warning: {message}\n")


def make_raise_obj(o: object) -> BaseException:
    """``raise o``: an exception instance (instantiating a class)."""
    if isinstance(o, type) and issubclass(o, BaseException):
        return o()
    if isinstance(o, BaseException):
        return o
    return TypeError("exceptions must derive from BaseException")


def exc_match(exc: object, cls: object) -> bool:
    return ops.exception_match(exc, cls)


# ## Slow paths


def binop_fail(op: int, a: object, b: object, e: BaseException) -> object:
    if getattr(e, TB_ATTR, None) or e.__traceback__ is None or \
            e.__traceback__.tb_next is not None:
        raise e
    return ops.binary_op(op, a, b)


_PLAIN = (int, str)


def str_mod(a, b):
    """``str % args``: the host's formatting where it cannot differ from MicroPython's
    (only ints and strs, no ``%r``/``%a``), else ``vm.runtime.ops``."""
    if type(a) is str and "%r" not in a and "%a" not in a:
        tb = type(b)
        if tb is int or tb is str or (tb is tuple and all(type(x) in _PLAIN for x in b)):
            try:
                return a % b
            except (TypeError, ValueError, OverflowError):
                pass
    return ops.binary_op(33, a, b)


def unop_fail(op: int, a: object, e: BaseException) -> object:
    if getattr(e, TB_ATTR, None) or e.__traceback__ is None or \
            e.__traceback__.tb_next is not None:
        raise e
    return ops.unary_op(op, a)


def binop(op: int, a: object, b: object) -> object:
    return ops.binary_op(op, a, b)


def attr_fail(obj: object, name: str, e: BaseException) -> object:
    if getattr(e, TB_ATTR, None):
        raise e
    return ops.load_attr(obj, name)


def load_attr(obj: object, name: str) -> object:
    return ops.load_attr(obj, name)


def exception_attr(obj: object, name: str) -> object:
    """``obj.value``/``obj.errno`` the host lacks: every MicroPython exception has
    ``value`` (its first argument, or None)."""
    try:
        return ops.load_attr(obj, name)
    except AttributeError:
        if name == "value" and isinstance(obj, BaseException):
            return obj.args[0] if obj.args else None
        raise


def store_attr(obj: object, name: str, value: object) -> None:
    ops.store_attr(obj, name, value)


def delete_attr(obj: object, name: str) -> None:
    ops.delete_attr(obj, name)


def call_method(obj: object, name: str, *args, **kwargs) -> object:
    """``obj.name(*args, **kwargs)`` through the VM's method lookup (builtin types)."""
    table = _METHODS.get(type(obj))
    if table is not None:
        fn = table.get(name)
        if fn is not None:  # the common case: a method of a builtin type, looked up once
            try:
                return fn(obj, *args, **kwargs)
            except TypeError as exc:
                call_failed(exc, fn, (obj,) + args, kwargs)
                raise
    if type(obj) is _GeneratorType and name in ("close", "throw") and not kwargs:
        return generator_call(obj, name, args)
    fn, self = ops.load_method(obj, name)
    if self is NULL:
        return checked_call(fn, args, kwargs)
    return checked_call(fn, (self,) + args, kwargs)


def load_method(obj: object, name: str) -> object:
    """A callable for ``obj.name`` (binding ``obj`` when needed)."""
    fn, self = ops.load_method(obj, name)
    if self is NULL:
        return fn
    return _Bound(fn, self)


class _Bound:
    """A method of a builtin value bound by the slow path (host method tables)."""

    __slots__ = ("fn", "self")
    __mp_name__ = "bound_method"

    def __init__(self, fn, self_) -> None:
        self.fn = fn
        self.self = self_

    def __call__(self, *args, **kwargs):
        return self.fn(self.self, *args, **kwargs)


def subscr(obj: object, index: object, e: BaseException | None = None) -> object:
    if e is not None and getattr(e, TB_ATTR, None):
        raise e
    return ops.subscr(obj, index)


def store_subscr(obj: object, index: object, value: object,
                 e: BaseException | None = None) -> None:
    if e is not None and getattr(e, TB_ATTR, None):
        raise e
    ops.store_subscr(obj, index, value)


def delete_subscr(obj: object, index: object) -> None:
    ops.delete_subscr(obj, index)


def get_iter(obj: object):
    return ops.get_iter(obj)


def iter_next(it):
    """``FOR_ITER``'s step: the next value or NULL at the end."""
    try:
        return next(it, NULL)
    except TypeError as exc:
        if getattr(exc, TB_ATTR, None):
            raise
        return ops.iter_next(it)


def unpack(seq: object, n: int) -> list:
    """``UNPACK_SEQUENCE``: the items, last first (the order they are pushed)."""
    items = ops.unpack_sequence(seq, n)
    items.reverse()
    return items


def unpack_ex(seq: object, before: int, after: int) -> list:
    items = ops.unpack_ex(seq, before, after)
    items.reverse()
    return items


def not_callable_check(fn: object) -> None:
    if not callable(fn):
        raise ops.not_callable(fn)


def call_var_kw(fn: object, self: object, args: tuple, star_map: int, kw: tuple) -> object:
    """``CALL_FUNCTION_VAR_KW``/``CALL_METHOD_VAR_KW``: positional ``args`` where bit i of
    ``star_map`` marks ``*iterable``; ``kw`` pairs where a NULL key marks ``**mapping``."""
    pos: list = [] if self is NULL else [self]
    for i, a in enumerate(args):
        if star_map >> i & 1:
            pos.extend(ops.get_iter(a))
        else:
            pos.append(a)
    kwargs: dict = {}
    for i in range(0, len(kw), 2):
        key, value = kw[i], kw[i + 1]
        if key is NULL:
            if isinstance(value, dict):
                for k, v in value.items():
                    kwargs[k] = v
            else:
                for k in value.keys():  # type: ignore[attr-defined]
                    kwargs[k] = value[k]  # type: ignore[index]
        else:
            kwargs[key] = value
    if not callable(fn):
        raise ops.not_callable(fn)
    return checked_call(fn, pos, kwargs)


_CONSTRUCTORS: dict = {}


def call_constructor(fn: object, arg: object) -> object:
    """``fn(arg)`` where ``fn`` was loaded by the name ``str``, ``type`` or ``bytearray``:
    the builtin class's VM behaviour (``vm.runtime.builtins.CONSTRUCTORS``) when it is
    one."""
    if not _CONSTRUCTORS:
        from vm.runtime.builtins import CONSTRUCTORS
        _CONSTRUCTORS.update({t: CONSTRUCTORS[t] for t in (str, type, bytearray)})
    ctor = _CONSTRUCTORS.get(fn) if type(fn) is type else None
    return ctor(arg) if ctor is not None else fn(arg)


def call_method_dyn(fn: object, self: object, *args, **kwargs) -> object:
    """``CALL_METHOD`` when the method slots were not fused at translation time."""
    if self is NULL:
        return fn(*args, **kwargs)
    return fn(self, *args, **kwargs)


def yield_from_send(it, value):
    """``YIELD_FROM`` with a first value to send (not produced by the compiler)."""
    result = yield it.send(value)  # type: ignore[attr-defined]
    return (yield from _continue(it, result))


def _continue(it, sent):
    while True:
        try:
            sent = yield it.send(sent)
        except StopIteration as stop:
            return stop.value


def super_method(cls: object, obj: object, name: str) -> object:
    """``LOAD_SUPER_METHOD``: ``super(cls, obj).name`` (bound)."""
    try:
        return getattr(super(cls, obj), name)  # type: ignore[arg-type]
    except AttributeError:
        raise AttributeError(f"'super' object has no attribute '{name}'") from None


# ## Names


def name_error(name: str) -> NameError:
    return ops.name_error(name)


def load_global(g: dict, b: dict, name: str) -> object:
    try:
        return b[name]
    except KeyError:
        raise ops.name_error(name) from None


def load_name(loc: dict, g: dict, b: dict, name: str) -> object:
    try:
        return loc[name]
    except KeyError:
        pass
    try:
        return g[name]
    except KeyError:
        pass
    try:
        return b[name]
    except KeyError:
        raise ops.name_error(name) from None


def delete_name(d: dict, name: str) -> None:
    """``del name`` of a module or class namespace: a missing name is a KeyError in
    MicroPython (it deletes straight from the dict)."""
    try:
        del d[name]
    except KeyError:
        raise KeyError(name) from None


# ## Imports


def import_name(ctx, name: str, fromlist: object, level: int):
    return ctx.vm.import_name(name, ctx.globals, None, fromlist, level)


def import_from(module: object, name: str) -> object:
    try:
        return getattr(module, name)
    except AttributeError:
        pass
    # A submodule not yet bound as an attribute: import it.
    mod_name = getattr(module, "__name__", None)
    from vm.runtime.vm import MODULE_OWNER
    vm = MODULE_OWNER.get(module) if isinstance(module, type(sys)) else None
    if vm is not None and mod_name is not None:
        # A submodule still loading (a circular ``from . import x``) is in sys.modules.
        loading = vm.modules.get(f"{mod_name}.{name}")
        if loading is not None:
            return loading
        try:
            return vm.import_module(f"{mod_name}.{name}")
        except ImportError:
            pass
    raise ImportError(f"can't import name {name}")


def import_star(module: object, loc: dict) -> None:
    d = getattr(module, "__dict__", {})
    for k, v in list(d.items()):
        if not k.startswith("_"):
            loc[k] = v

