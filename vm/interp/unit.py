"""Code units: a RawCode decoded once and prepared for translation and execution.

A ``ModuleCode`` wraps one ``CompiledModule`` (its qstr and constant tables); a ``Unit`` is
one of its bytecode functions with everything the engine needs at run time: the decoded
prelude and instructions, the argument signature, the mapping from lines of the
translated host code back to bytecode offsets (for tracebacks and exception dispatch), and
the translated factory (built on first use and cached).
"""

from __future__ import annotations

from vm.bytecode import decode as _decode
from vm.bytecode import opcodes as _op
from vm.bytecode import prelude as _prelude
from vm.code import CodeKind, CompiledModule, RawCode

__all__ = ["ModuleCode", "Unit"]


class ModuleCode:
    """A compiled module ready to run: shared tables plus a unit cache."""

    def __init__(self, module: CompiledModule) -> None:
        self.module = module
        self.qstrs = module.qstrs
        self.consts = module.consts
        self.source_file = module.source_file or (module.qstrs[0] if module.qstrs else "")
        self._units: dict[tuple[int, int], Unit] = {}
        self.root = self.unit(module.root, 0)

    def unit(self, raw: RawCode, n_closed: int) -> "Unit":
        key = (id(raw), n_closed)
        u = self._units.get(key)
        if u is None:
            u = Unit(self, raw, n_closed)
            self._units[key] = u
        return u


class Unit:
    """One bytecode function (see module docstring)."""

    def __init__(self, module: ModuleCode, raw: RawCode, n_closed: int) -> None:
        if raw.kind != CodeKind.BYTECODE:
            raise ValueError("native code in .mpy files is not supported")
        self.module = module
        self.raw = raw
        self.n_closed = n_closed
        p = _prelude.decode(raw.fun_data)
        self.prelude = p
        self.name = module.qstrs[p.simple_name]
        self.n_pos_args = p.n_pos_args
        self.n_kwonly_args = p.n_kwonly_args
        self.n_def_pos_args = p.n_def_pos_args
        self.arg_names = tuple(module.qstrs[q] for q in p.arg_names)
        self.has_varargs = bool(p.scope_flags & _prelude.SCOPE_VARARGS)
        self.has_varkw = bool(p.scope_flags & _prelude.SCOPE_VARKEYWORDS)
        self.is_generator = bool(p.scope_flags & _prelude.SCOPE_GENERATOR)
        self.cells = p.cells
        self.instrs = _decode.decode(raw.fun_data, p.code_start, len(raw.fun_data))
        self.by_offset = {ins.offset: ins for ins in self.instrs}
        self.no_traceback_offsets = frozenset(
            ins.offset for ins in self.instrs
            if ins.op.code in (_op.END_FINALLY, _op.RAISE_LAST))
        self._line_offsets: list[int] = []  # generated line (1-based) -> bytecode offset
        #: offset -> (callee expr, arg exprs, kw (key, value) exprs, method name or None):
        #: how to re-evaluate a call that failed to bind (``support.vm_exception``)
        self.call_sites: dict[int, tuple] = {}
        self.factory = None
        self.source = ""  # the translated host source (for debugging)

    # ## Lines

    def offset_of_line(self, line: int) -> int:
        """The bytecode offset whose translation holds host line ``line``."""
        lo = self._line_offsets
        if 0 < line < len(lo):
            return lo[line]
        return self.prelude.code_start

    def source_line(self, offset: int) -> int:
        return _prelude.line_of(self.prelude, offset)

    def traceback_entry(self, offset: int) -> tuple[str, int, str]:
        return (self.module.source_file, self.source_line(offset), self.name)

    # ## Translation

    def get_factory(self):
        if self.factory is None:
            from vm.interp.translate import translate
            translate(self)
        return self.factory

    def child(self, index: int, n_closed: int = 0) -> "Unit":
        return self.module.unit(self.raw.children[index], n_closed)

    def __repr__(self) -> str:
        return f"<Unit {self.name} of {self.module.source_file}>"
