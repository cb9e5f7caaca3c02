"""The VM: one MicroPython interpreter instance (modules, paths, streams, imports).

Per-instance state lives here: ``modules`` (``sys.modules``), ``path`` (``sys.path``),
``argv``, the streams, the builtins dict.  Module objects are host ``ModuleType``
instances whose ``__dict__`` is the module's globals.  Code runs through the translating
engine (``vm.interp``); deep recursion runs on a worker thread with a large stack and
turns into ``RuntimeError: maximum recursion depth exceeded`` (see ``run_deep``).
"""

from __future__ import annotations

import os
import sys
import threading
import types
import weakref
from typing import Any, Callable

from vm.code import CompiledModule
from vm.interp.unit import ModuleCode

__all__ = ["VM", "Context", "run_deep", "RECURSION_LIMIT", "THREAD_STACK_BYTES"]

#: Host recursion limit while VM code runs.  One VM call is one host frame; calls that go
#: through host C code (operators on instances, ``map``...) use C stack, so the worker
#: thread gets a large stack (reserved, not committed, by the OS).
RECURSION_LIMIT = 20000
THREAD_STACK_BYTES = 512 * 1024 * 1024

_deep = threading.local()

#: module object -> the VM that created it (IMPORT_FROM's fallback needs ``sys.modules``
#: of the importing VM; a weak map keeps that out of the module's own namespace).
MODULE_OWNER: "weakref.WeakKeyDictionary[types.ModuleType, VM]" = weakref.WeakKeyDictionary()


def run_deep(fn: Callable[[], Any], vm: "VM | None" = None) -> Any:
    """Run ``fn()`` on a thread with a deep stack (inline if already on one).

    Ctrl-C in the waiting (main) thread is delivered to ``vm``'s code as KeyboardInterrupt
    through its pending-event check (without ``vm`` it ends the wait at once).
    """
    if getattr(_deep, "active", False):
        return fn()
    result: list = []
    error: list = []

    done = threading.Event()

    def body() -> None:
        _deep.active = True
        try:
            result.append(fn())
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            error.append(exc)
        finally:
            done.set()

    old_size = threading.stack_size()
    old_limit = sys.getrecursionlimit()
    try:
        threading.stack_size(THREAD_STACK_BYTES)
        t = threading.Thread(target=body, name="mote-vm", daemon=True)
        t.start()
    finally:
        threading.stack_size(old_size)
    sys.setrecursionlimit(max(old_limit, RECURSION_LIMIT))
    try:
        # Wait on an Event, not Thread.join: a Ctrl-C that interrupts join() can leave the
        # host thinking the thread is finished while it still runs (CPython < 3.13).
        while not done.is_set():
            try:
                done.wait(0.05)
            except KeyboardInterrupt:
                if vm is None:
                    raise
                vm.interrupt()
    finally:
        if done.is_set():
            sys.setrecursionlimit(old_limit)
    if error:
        raise error[0]
    return result[0]


def _raise_keyboard_interrupt() -> None:
    raise KeyboardInterrupt()


class Context:
    """What translated code of one module sees: its globals, builtins and VM."""

    __slots__ = ("vm", "globals", "builtins", "module_code")

    def __init__(self, vm: "VM", globals_: dict, module_code: ModuleCode | None) -> None:
        self.vm = vm
        self.globals = globals_
        self.builtins = vm.builtins
        self.module_code = module_code


class VM:
    """One interpreter instance (see module docstring)."""

    def __init__(self, heapsize: int | None = None, argv=(), stdout=None, path=None,
                 opt_level: int = 0, stdin=None, stderr=None) -> None:
        from vm.runtime.builtins import make_builtins
        if hasattr(sys, "set_int_max_str_digits"):
            # MicroPython converts ints of any length to and from text; the host's guard
            # against slow conversions would surface as a host-only ValueError.
            sys.set_int_max_str_digits(0)
        self.heapsize = heapsize
        self.argv = list(argv)
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stderr = stderr if stderr is not None else self.stdout
        self.path = list(path) if path is not None else ["", ".frozen"]
        self.opt_level = opt_level
        self.modules: dict[str, types.ModuleType] = {}
        self.word_bits = 64
        self.atexit_func = None
        self.enabled_modules: frozenset[str] | None = None
        self.builtins = make_builtins(self)
        from vm.interp.pending import PendingEvents
        #: This VM's pending-event flag and callbacks, tested between bytecodes.
        self.pending = PendingEvents()
        from vm.runtime.scheduler import Scheduler
        #: Interrupts and ``micropython.schedule`` (drivers raise IRQs through it).
        self.scheduler = Scheduler(self)
        self._current_exc = None
        #: Compile .py sources with the real mpy-cross instead of ``vm.compile`` (tests of
        #: the engine use it to stay independent of the compiler).
        self.use_mpy_cross = False
        from vm.heap import Heap
        #: The heap (``vm.heap.Heap``): size from ``heapsize``, layout from ``word_bits``.
        self.heap = Heap(self)

    # ## Running code

    def exec_compiled(self, compiled: CompiledModule, module_name: str = "__main__",
                      globals_: dict | None = None) -> dict:
        """Run a compiled module as module ``module_name``; returns its globals."""
        if globals_ is None:
            mod = self.new_module(module_name)
            globals_ = mod.__dict__
            if module_name == "__main__":
                self.modules["__main__"] = mod
        code = ModuleCode(compiled)
        ctx = Context(self, globals_, code)
        fn = code.root.get_factory()(ctx, None, None, ())
        run_deep(lambda: fn(_M_L=globals_), self)
        return globals_

    def exec_mpy(self, data: bytes, module_name: str = "__main__") -> dict:
        from vm.mpy.reader import load
        return self.exec_compiled(load(data), module_name)

    def exec_source(self, source: str, filename: str = "<stdin>",
                    module_name: str = "__main__") -> dict:
        return self.exec_compiled(self.compile_source(source, filename), module_name)

    def compile_source(self, source: str, filename: str = "<stdin>") -> CompiledModule:
        """Compile with ``vm.compile.compile_source`` (the real mpy-cross until it lands)."""
        compile_source = None
        if not self.use_mpy_cross:
            try:
                from vm.compile import compile_source  # type: ignore[attr-defined]
            except ImportError:
                pass
        try:
            if compile_source is not None:
                return compile_source(source, filename)
            return _compile_with_mpy_cross(source, filename, self.opt_level)
        except SyntaxError as exc:
            raise vm_syntax_error(exc, filename) from None

    # ## eval/exec/compile and the REPL

    def compile_code(self, source: str, filename: str = "<string>", mode: str = "exec"):
        """``compile()``: a code object for ``eval_source``."""
        if mode not in ("exec", "eval", "single"):
            raise ValueError("bad compile mode")
        return CodeObject(self._compile_mode(source, filename, mode), mode)

    def _compile_mode(self, source: str, filename: str, mode: str) -> CompiledModule:
        if mode == "eval":
            body = source.strip()
            return self.compile_source(f"{_EVAL_RESULT} = ({body})\n", filename)
        if mode == "single" and _is_expression(source):
            return self.compile_source(f"__repl_print__(({source.strip()}))\n", filename)
        return self.compile_source(source, filename)

    def eval_source(self, source, globals_=None, locals_=None, mode: str = "exec"):
        """``eval``/``exec`` of a source string or ``compile()`` result."""
        if isinstance(source, CodeObject):
            compiled, mode = source.compiled, source.mode
        else:
            compiled = self._compile_mode(source, "<string>", mode)
        g = globals_ if globals_ is not None else self.current_globals()
        if mode == "eval":
            loc = {} if locals_ is None else locals_
        else:
            loc = g if locals_ is None else locals_
        code = ModuleCode(compiled)
        fn = code.root.get_factory()(Context(self, g, code), None, None, ())
        run_deep(lambda: fn(_M_L=loc), self)
        if mode == "eval":
            return loc.pop(_EVAL_RESULT, None)
        return None

    def eval_repl_line(self, source: str) -> None:
        """Run one REPL input in ``__main__``; an expression's value is printed."""
        main = self.modules.get("__main__")
        if main is None:
            main = self.new_module("__main__")
            self.modules["__main__"] = main
        compiled = self._compile_mode(source, "<stdin>", "single")
        self.exec_compiled(compiled, "__main__", main.__dict__)

    def run_class_body(self, func, namespace: dict):
        """Run a class body function with ``namespace`` as its locals; returns what the
        body returns (the ``__class__`` cell or None)."""
        return func(_M_L=namespace)

    def run_main(self, path: str) -> int:
        """Run a script like the unix port (``micropython path``); returns the exit code."""
        from vm.runtime.traceback import print_exception
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as exc:
            self.stderr.write(f"micropython: can't open file '{path}': "
                              f"[Errno {exc.errno}] {exc.strerror}\n")
            return 2
        if not self.path or self.path[0] != os.path.dirname(path):
            self.path.insert(0, os.path.dirname(path) or "")
        try:
            if path.endswith(".mpy"):
                self.exec_mpy(data)
            else:
                self.exec_source(data.decode("utf-8"), path)
        except SystemExit as exc:
            return _exit_code(exc)
        except SyntaxError as exc:
            self.stderr.write(_syntax_error_text(exc))
            return 1
        except BaseException as exc:  # noqa: BLE001 - reported like the unix port
            from vm.interp.support import vm_exception
            exc = vm_exception(exc, False)
            print_exception(exc, self.stderr)
            return 1
        return 0

    # ## Modules and imports

    def new_module(self, name: str) -> types.ModuleType:
        mod = types.ModuleType(name)
        MODULE_OWNER[mod] = self
        d = mod.__dict__
        for key in ("__doc__", "__loader__", "__package__", "__spec__"):
            d.pop(key, None)
        d["__name__"] = name
        return mod

    def import_module(self, name: str) -> types.ModuleType:
        """``import name`` (absolute, dotted); returns the leaf module."""
        mod = self.modules.get(name)
        if mod is not None:
            return mod
        if name in self.modules:
            # ``sys.modules[name] = None`` blocks the import (as in MicroPython and CPython).
            raise ImportError(f"no module named '{name}'")
        parent = None
        if "." in name:
            parent_name, _, leaf = name.rpartition(".")
            parent = self.import_module(parent_name)
            search = getattr(parent, "__path__", None)
            if search is None:
                raise ImportError(f"no module named '{name}'")
            dirs = [search]
        else:
            leaf = name
            dirs = list(self.path)
        mod = self._find_and_load(name, leaf, dirs)
        if mod is None:
            mod = self._builtin_module(name) if parent is None else None
        if mod is None and parent is None and name.startswith("u") and len(name) > 1:
            # MicroPython's weak links: ``import uasyncio`` finds ``asyncio``.
            try:
                mod = self.import_module(name[1:])
            except ImportError:
                mod = None
            else:
                self.modules[name] = mod
        if mod is None:
            raise ImportError(f"no module named '{name}'")
        if parent is not None:
            setattr(parent, leaf, mod)
        return mod

    def _builtin_module(self, name: str):
        try:
            from vm.modules import load as load_builtin
        except ImportError:
            return None
        try:
            mod = load_builtin(name, self, self.enabled_modules)
        except ImportError:
            return None
        self.modules[name] = mod
        return mod

    def _find_and_load(self, full: str, leaf: str, dirs: list[str]):
        for d in dirs:
            base = os.path.join(d, leaf) if d else leaf
            if os.path.isdir(base):
                for init in ("__init__.py", "__init__.mpy"):
                    p = os.path.join(base, init)
                    if os.path.isfile(p):
                        return self._load_file(full, p, package_dir=base)
                # A directory without __init__: a namespace package.
                mod = self.new_module(full)
                mod.__path__ = base  # type: ignore[attr-defined]
                self.modules[full] = mod
                return mod
            for ext in (".py", ".mpy"):
                p = base + ext
                if os.path.isfile(p):
                    return self._load_file(full, p)
        return None

    def _load_file(self, full: str, path: str, package_dir: str | None = None):
        # A builtin module of the same name wins over a file only for the file-less
        # names the unix port freezes; files win otherwise (like MicroPython's sys.path).
        mod = self.new_module(full)
        mod.__dict__["__file__"] = path
        if package_dir is not None:
            mod.__path__ = package_dir  # type: ignore[attr-defined]
        self.modules[full] = mod
        try:
            with open(path, "rb") as f:
                data = f.read()
            if path.endswith(".mpy"):
                from vm.mpy.reader import load
                compiled = load(data)
            else:
                compiled = self.compile_source(data.decode("utf-8"), path)
            self.exec_compiled(compiled, full, mod.__dict__)
        except BaseException:
            self.modules.pop(full, None)
            raise
        return mod

    def import_name(self, name: str, globals_=None, locals_=None, fromlist=None,
                    level: int = 0):
        """The ``IMPORT_NAME`` opcode and ``__import__``."""
        if level:
            package = self._package_of(globals_ or {}, level)
            full = f"{package}.{name}" if name else package
        else:
            full = name
        if not full:
            raise ImportError("can't perform relative import")
        mod = self.import_module(full)
        if (fromlist is not None and fromlist != ()) or level:
            return mod
        # ``import a.b`` binds ``a``.
        return self.import_module(full.split(".")[0])

    def _package_of(self, globals_: dict, level: int) -> str:
        name = globals_.get("__name__", "")
        if not isinstance(name, str):
            name = ""
        if name == "__main__":
            # The unix port's script module is not in sys.modules when it looks itself
            # up for a relative import.
            raise KeyError(name)
        mod = self.modules.get(name)
        is_pkg = mod is not None and hasattr(mod, "__path__")
        parts = name.split(".") if name else []
        if not is_pkg:
            parts = parts[:-1]
        drop = level - 1
        if drop > len(parts) or (not parts and level):
            raise ImportError("can't perform relative import")
        if drop:
            parts = parts[:-drop]
        if not parts:
            raise ImportError("can't perform relative import")
        return ".".join(parts)

    # ## Introspection used by builtins

    def current_globals(self) -> dict:
        frame = _vm_frame()
        if frame is None:
            main = self.modules.get("__main__")
            return main.__dict__ if main is not None else {}
        return frame.f_locals.get("_M_G", {})

    def current_locals(self) -> dict:
        frame = _vm_frame()
        if frame is None:
            return self.current_globals()
        loc = frame.f_locals
        if "_M_L" in loc and loc["_M_L"] is not None:
            return loc["_M_L"]
        # MicroPython does not keep a function's locals by name: locals() there is the
        # module's dict.
        return loc.get("_M_G", self.current_globals())

    def current_exception(self):
        """The exception being handled by the innermost running VM code (``exc_info``)."""
        frame = _vm_frame()
        while frame is not None:
            if frame.f_code.co_filename.startswith("<mote "):
                for entry in reversed(frame.f_locals.get("_M_hs", ()) or ()):
                    if entry[3] is not None:
                        return entry[3]
            frame = frame.f_back
        return None

    def interrupt(self) -> None:
        """Deliver KeyboardInterrupt to the running VM code (Ctrl-C)."""
        self.pending.schedule(_raise_keyboard_interrupt)


_EVAL_RESULT = "__mp_eval_result__"


class CodeObject:
    """What ``compile()`` returns: compiled code and its mode."""

    __mp_name__ = "code"

    def __init__(self, compiled: CompiledModule, mode: str) -> None:
        self.compiled = compiled
        self.mode = mode


def _is_expression(source: str) -> bool:
    import ast
    try:
        ast.parse(source.strip(), mode="eval")
    except SyntaxError:
        return False
    return True


def _vm_frame():
    f = sys._getframe(2)
    while f is not None:
        if f.f_code.co_filename.startswith("<mote "):
            return f
        f = f.f_back
    return None


def _exit_code(exc: SystemExit) -> int:
    code = exc.args[0] if exc.args else None
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    return 1


def vm_syntax_error(exc: SyntaxError, filename: str) -> SyntaxError:
    """The VM's SyntaxError for a compiler's: its only argument is the message, and its
    traceback starts with the place in the source (``File "x.py", line 2`` — no function,
    as MicroPython prints it)."""
    from vm.runtime.traceback import add_traceback
    msg = exc.msg if isinstance(getattr(exc, "msg", None), str) else \
        (str(exc.args[0]) if exc.args else "invalid syntax")
    new = (IndentationError if isinstance(exc, IndentationError) else SyntaxError)(msg)
    new.filename = exc.filename or filename
    new.lineno = exc.lineno or 1
    add_traceback(new, new.filename, new.lineno, None)
    return new


def _syntax_error_text(exc: SyntaxError) -> str:
    msg = exc.msg if hasattr(exc, "msg") else str(exc)
    return (f'Traceback (most recent call last):\n  File "{exc.filename}", line '
            f'{exc.lineno}\nSyntaxError: {msg}\n')


def _compile_with_mpy_cross(source: str, filename: str, opt_level: int) -> CompiledModule:
    """Fallback compiler (until ``vm.compile.compile_source`` exists): the real mpy-cross."""
    import subprocess
    import tempfile
    from tools.oracles import mpy_cross_path
    from vm.mpy.reader import load
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "m.py")
        out = os.path.join(tmp, "m.mpy")
        with open(src, "w", encoding="utf-8") as f:
            f.write(source)
        args = [mpy_cross_path(), "-s", filename, "-o", out]
        if opt_level:
            args.append(f"-O{opt_level}")
        proc = subprocess.run(args + [src], capture_output=True, text=True)
        if proc.returncode != 0:
            text = proc.stderr.strip().splitlines()
            err = SyntaxError(text[-1].split(": ", 1)[-1] if text else "invalid syntax")
            err.filename = filename
            for line in text:
                if "line " in line:
                    try:
                        err.lineno = int(line.split("line ")[1].split()[0].rstrip(","))
                    except (ValueError, IndexError):
                        pass
            raise err
        with open(out, "rb") as f:
            return load(f.read())
