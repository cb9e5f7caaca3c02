"""Code generator: folded host AST -> MicroPython bytecode, one scope at a time.

Mirrors the structure of MicroPython's ``py/compile.c`` so that the emitted bytecode,
and the order in which qstrs and constants enter the module tables, match mpy-cross:

* a *scope pass* walks every scope breadth-first (module first, then each function,
  class, lambda and comprehension in the order they were found), recording identifiers
  and the qstrs that non-identifier instructions use;
* after ``Scope.compute_locals`` an *emit pass* walks each scope again in the same order
  and records its instruction stream, which ``emitter.assemble`` lays out.
"""

from __future__ import annotations

import ast

from vm.bytecode.opcodes import BinaryOp, UnaryOp
from vm.code import CodeKind, RawCode
from vm.compile import fold
from vm.compile import scope as sc
from vm.bytecode.prelude import encode_signature
from vm.compile.emitter import Emitter, Label, assemble, encode_uint
from vm.compile.errors import raise_syntax_error, raise_syntax_error_at
from vm.compile.front import SMALL_INT_PARSE_BITS
from vm.compile.rom_qstrs import ROM_QSTRS
from vm.compile.tables import ConstTable, QstrTable

SMALL_INT_BITS = 31  # the target's small-int size (mpy-cross default)
INTERN_MAX_LEN = 10  # MICROPY_ALLOC_PARSE_INTERN_STRING_LEN

_BINOP = {
    ast.BitOr: BinaryOp.OR, ast.BitXor: BinaryOp.XOR, ast.BitAnd: BinaryOp.AND,
    ast.LShift: BinaryOp.LSHIFT, ast.RShift: BinaryOp.RSHIFT, ast.Add: BinaryOp.ADD,
    ast.Sub: BinaryOp.SUBTRACT, ast.Mult: BinaryOp.MULTIPLY,
    ast.MatMult: BinaryOp.MAT_MULTIPLY, ast.FloorDiv: BinaryOp.FLOOR_DIVIDE,
    ast.Div: BinaryOp.TRUE_DIVIDE, ast.Mod: BinaryOp.MODULO, ast.Pow: BinaryOp.POWER,
}
_INPLACE = {k: BinaryOp["INPLACE_" + v.name] for k, v in _BINOP.items()}
_CMPOP = {
    ast.Lt: (BinaryOp.LESS, False), ast.Gt: (BinaryOp.MORE, False),
    ast.Eq: (BinaryOp.EQUAL, False), ast.LtE: (BinaryOp.LESS_EQUAL, False),
    ast.GtE: (BinaryOp.MORE_EQUAL, False), ast.NotEq: (BinaryOp.NOT_EQUAL, False),
    ast.In: (BinaryOp.IN, False), ast.NotIn: (BinaryOp.IN, True),
    ast.Is: (BinaryOp.IS, False), ast.IsNot: (BinaryOp.IS, True),
}
_UNOP = {ast.UAdd: UnaryOp.POSITIVE, ast.USub: UnaryOp.NEGATIVE,
         ast.Invert: UnaryOp.INVERT, ast.Not: UnaryOp.NOT}
_COMP_KIND = {ast.ListComp: "listcomp", ast.DictComp: "dictcomp", ast.SetComp: "setcomp",
              ast.GeneratorExp: "genexpr"}
_NATIVE_DECORATORS = {"native", "viper", "asm_thumb", "asm_xtensa"}


def _fits(v: int, bits: int) -> bool:
    return -(1 << (bits - 1)) <= v < (1 << (bits - 1))


def _is_small_int_node(node) -> bool:
    return (isinstance(node, ast.Constant) and type(node.value) is int
            and _fits(node.value, SMALL_INT_PARSE_BITS)
            and not getattr(node, "mp_const_object", False))


def _is_const_false(node) -> bool:
    return fold.truth(node) is False


def _is_const_true(node) -> bool:
    return fold.truth(node) is True


def _fstring_format(node: ast.JoinedStr) -> tuple[str, list]:
    """The ``str.format`` template and arguments MicroPython's lexer turns an f-string into.

    A replacement field in a format spec (``f'{x:{w}}'``) stays a nested field, and its
    value follows the outer field's, as ``str.format`` numbers them.
    """
    fmt: list[str] = []
    args: list = []
    _fstring_parts(node.values, fmt, args, escape=True)
    return "".join(fmt), args


def _fstring_parts(values, fmt: list, args: list, escape: bool) -> None:
    for part in values:
        if isinstance(part, ast.Constant):
            text = part.value
            fmt.append(text.replace("{", "{{").replace("}", "}}") if escape else text)
            continue
        fmt.append("{")
        if part.conversion != -1:
            fmt.append("!" + chr(part.conversion))
        args.append(part.value)
        if part.format_spec is not None:
            fmt.append(":")
            _fstring_parts(part.format_spec.values, fmt, args, escape=False)
        fmt.append("}")


class Compiler:
    """Compiles one module (see module docstring)."""

    def __init__(self, source_file: str, opt_level: int,
                 long_names: dict[str, tuple[int, int]]):
        self.qstrs = QstrTable(source_file)
        self.consts = ConstTable()
        self.opt_level = opt_level
        # identifiers longer than INTERN_MAX_LEN -> where the lexer first interned them
        self.long_names = long_names
        self._expr_methods: dict[type, object] = {}  # node class -> handler
        self._stmt_methods: dict[type, object] = {}
        self.scopes: list[sc.Scope] = []
        self.scope_of: dict[int, sc.Scope] = {}

    # ## Driver

    def compile_module(self, tree: ast.Module) -> RawCode:
        module = sc.Scope("module", tree, None, "<module>")
        self.scopes.append(module)
        i = 0
        while i < len(self.scopes):  # the list grows as scopes are found
            self._run_scope(self.scopes[i], emit=False)
            i += 1
        for s in self.scopes:
            s.compute_locals()
        for s in self.scopes:
            self._run_scope(s, emit=True)
        for s in self.scopes:
            # Children are numbered in the order their MAKE_FUNCTION/CLOSURE is emitted
            # (a lambda in a default argument comes before the function it belongs to).
            s.raw_code.children = [c.raw_code for c in s.made_children]
        return module.raw_code

    def _run_scope(self, scope: sc.Scope, emit: bool) -> None:
        self.scope = scope
        self.emitting = emit
        self.e = e = Emitter(self.qstrs, self.consts, record=emit)
        self.break_label = self.continue_label = None
        self.error_line = getattr(scope.node, "lineno", 1)
        self.break_from_for = False
        self.break_except_level = 0
        self.cur_except_level = 0
        name_idx = self.qstrs.use(scope.simple_name)
        arg_idxs = []
        if emit:
            for i in range(scope.num_pos_args + scope.num_kwonly_args):
                name = "*"
                for info in scope.ids:
                    if info.flags & sc.IS_PARAM and info.local_num == i:
                        name = info.name
                        break
                arg_idxs.append(self.qstrs.use(name))
        getattr(self, "_scope_" + scope.kind.replace("comp", "_comp").replace(
            "genexpr", "gen_comp"))(scope)
        if emit:
            scope.raw_code = self._finish(scope, name_idx, arg_idxs)

    def _finish(self, scope: sc.Scope, name_idx: int, arg_idxs: list[int]) -> RawCode:
        lines, code = assemble(self.e.items)
        info = encode_uint(name_idx) + b"".join(encode_uint(i) for i in arg_idxs) + lines
        cells = bytes(i.local_num for i in scope.ids if i.kind == sc.CELL)
        n_state = scope.num_locals + self.e.max_stack or 1
        out = bytearray(_encode_sig(n_state, scope.exc_stack_size, scope))
        out += _encode_size(len(info), len(cells))
        out += info + cells + code
        return RawCode(CodeKind.BYTECODE, bytes(out))

    # ## Scope bodies

    def _scope_module(self, scope):
        for stmt in scope.node.body:
            self.stmt(stmt)
        if not self.e.last_was_return:
            self.e.load_const_tok(None)
            self.e.return_value()

    def _scope_function(self, scope):
        node = scope.node
        if not self.emitting:
            self._declare_params(node.args)
        self.body(node.body, node.lineno)
        if not self.e.last_was_return:
            self.e.load_const_tok(None)
            self.e.return_value()

    def _scope_lambda(self, scope):
        node = scope.node
        if not self.emitting:
            self._declare_params(node.args)
        self.e.set_line(node.lineno)  # even when the body is a bare name or constant
        self.expr(node.body)
        if scope.flags & sc.FLAG_GENERATOR:
            self.e.pop_top()
            self.e.load_const_tok(None)
        self.e.return_value()

    def _scope_class(self, scope):
        node = scope.node
        if not self.emitting:
            scope.find_or_add("__class__", sc.LOCAL)[0].kind = sc.LOCAL
        self.load_id("__name__")
        self.store_id("__module__")
        self.e.load_const_str(node.name)
        self.store_id("__qualname__")
        self.body(node.body, node.lineno)
        info = scope.find("__class__")
        if info.kind == sc.LOCAL:
            self.e.load_const_tok(None)
        else:
            self.e.load_fast(info.local_num)
        self.e.return_value()

    def _comp_scope(self, scope):
        node = scope.node
        if not self.emitting:
            scope.find_or_add("", sc.LOCAL)
            scope.num_pos_args = 1
        self.e.set_line(node.lineno)
        kind = scope.kind[:-4] if scope.kind != "genexpr" else "gen"
        if kind == "list":
            self.e.build("list", 0)
        elif kind == "dict":
            self.e.build("map", 0)
        elif kind == "set":
            self.e.build("set", 0)
        if kind == "gen":
            self.e.load_null()
            self.load_id("")
            self.e.load_null()
            self.e.load_null()
        else:
            self.load_id("")
            self.e.get_iter(True)
        self._comp_iter(node, 0, kind)
        if kind == "gen":
            self.e.load_const_tok(None)
        self.e.return_value()

    _scope_list_comp = _scope_dict_comp = _scope_set_comp = _scope_gen_comp = _comp_scope

    def _comp_iter(self, node, depth: int, kind: str) -> None:
        gen = node.generators[depth]
        l_top, l_end = Label(), Label()
        self.e.label(l_top)
        self.e.for_iter(l_end)
        self.assign(gen.target)
        for cond in gen.ifs:
            self.c_if_cond(cond, False, l_top)
        if depth + 1 < len(node.generators):
            self.expr(node.generators[depth + 1].iter)
            self.e.get_iter(True)
            self._comp_iter(node, depth + 1, kind)
        else:
            if kind == "dict":
                self.expr(node.value)
                self.expr(node.key)
            else:
                self.expr(node.elt)
            if kind == "gen":
                self.scope.flags |= sc.FLAG_GENERATOR
                self.e.yield_value()
                self.e.pop_top()
            else:
                self.e.store_comp(kind, 4 * depth + 5)
        self.e.jump(l_top)
        self.e.label(l_end)
        self.e.for_iter_end()

    def _declare_params(self, args: ast.arguments) -> None:
        scope = self.scope
        if args.posonlyargs:
            raise_syntax_error("invalid syntax", args.posonlyargs[0])
        params = [(a, 0) for a in args.args]
        if args.vararg is not None:
            params.append((args.vararg, sc.IS_STAR_PARAM))
        for a in args.kwonlyargs:
            params.append((a, -1))
        if args.kwarg is not None:
            params.append((args.kwarg, sc.IS_DBL_STAR_PARAM))
        for a, kind in params:
            flags = sc.IS_PARAM
            if kind == 0:
                scope.num_pos_args += 1
            elif kind == -1:
                scope.num_kwonly_args += 1
            elif kind == sc.IS_STAR_PARAM:
                scope.flags |= sc.FLAG_VARARGS
                flags |= kind
            else:
                scope.flags |= sc.FLAG_VARKEYWORDS
                flags |= kind
            info, _ = scope.find_or_add(a.arg, sc.UNDECIDED)
            if info.kind != sc.UNDECIDED:
                raise_syntax_error("argument name reused", a)
            info.kind = sc.LOCAL
            info.flags = flags

    # ## Identifiers

    def load_id(self, name: str) -> None:
        if not self.emitting:
            self.scope.note_load(name)
            return
        self._id_op(name, "load")

    def store_id(self, name: str) -> None:
        if not self.emitting:
            self.scope.note_store(name)
            return
        self._id_op(name, "store")

    def delete_id(self, name: str) -> None:
        if not self.emitting:
            self.scope.note_store(name)
            return
        self._id_op(name, "delete")

    def _id_op(self, name: str, what: str) -> None:
        info = self.scope.find(name)
        e = self.e
        if info.kind in (sc.GLOBAL_IMPLICIT, sc.GLOBAL_EXPLICIT):
            is_global = info.kind == sc.GLOBAL_EXPLICIT
            {"load": e.load_name, "store": e.store_name, "delete": e.delete_name}[what](
                name, is_global)
        elif info.kind == sc.LOCAL:
            if what == "load":
                e.load_fast(info.local_num)
            elif what == "store":
                e.store_fast(info.local_num)
            else:
                e.delete_local(info.local_num, False)
        else:
            if what == "load":
                e.load_deref(info.local_num)
            elif what == "store":
                e.store_deref(info.local_num)
            else:
                e.delete_local(info.local_num, True)

    # ## Statements

    def stmt(self, node, owner_line: int | None = None) -> None:
        if getattr(node, "mp_dropped", False):
            return
        decorators = getattr(node, "decorator_list", None)
        line = decorators[0].lineno if decorators else node.lineno
        # Errors that MicroPython finds on a node without a line of its own (a name, a
        # decorator) take the statement's line, or the line of the compound statement
        # whose block holds nothing else.
        self.error_line = owner_line or line
        self.e.set_line(line)
        cls = type(node)
        method = self._stmt_methods.get(cls)
        if method is None:
            method = self._stmt_methods[cls] = getattr(self, "stmt_" + cls.__name__)
        method(node)

    def body(self, stmts, owner_line: int | None = None) -> None:
        if owner_line is None:
            owner_line = self.error_line
        sole = owner_line if len(stmts) == 1 else None
        for s in stmts:
            self.stmt(s, sole)
        self.error_line = owner_line

    def stmt_Pass(self, node):
        pass

    def stmt_Expr(self, node):
        v = node.value
        if isinstance(v, ast.Constant):
            return  # a lonely constant (including docstrings) compiles to nothing
        self.expr(v)
        self.e.pop_top()

    def stmt_Assign(self, node):
        targets, value = node.targets, node.value
        if (len(targets) == 1 and isinstance(value, ast.Tuple) and isinstance(targets[0], ast.Tuple)
                and not self._parenthesised(value) and not self._parenthesised(targets[0])
                and len(value.elts) == len(targets[0].elts) in (2, 3)
                and not any(isinstance(t, ast.Starred) for t in targets[0].elts)
                and not any(isinstance(t, ast.Starred) for t in value.elts)
                and self._const_tuple_value(value.elts) is None):
            for v in value.elts:
                self.expr(v)
            if len(value.elts) == 3:
                self.e.rot_three()
            self.e.rot_two()
            for t in targets[0].elts:
                self.assign(t)
            return
        self.expr(value)
        if len(targets) > 1:
            self.e.dup_top()
        self.assign(targets[0])
        for i, t in enumerate(targets[1:], 1):
            if i + 1 < len(targets):
                self.e.dup_top()
            self.assign(t)

    @staticmethod
    def _parenthesised(node) -> bool:
        first = node.elts[0] if node.elts else None
        return first is None or (first.lineno, first.col_offset) != (node.lineno,
                                                                      node.col_offset)

    def stmt_AnnAssign(self, node):
        if node.value is None:
            if self.scope.kind == "function" and isinstance(node.target, ast.Name):
                if not self.emitting:
                    self.scope.find_or_add(node.target.id, sc.LOCAL)
            return
        self.expr(node.value)
        self.assign(node.target)

    def stmt_AugAssign(self, node):
        t = node.target
        if isinstance(t, ast.Name):
            self.load_id(t.id)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            self.e.dup_top()
            self.e.load_attr(t.attr)
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.subscript_index(t.slice)
            self.e.dup_top_two()
            self.e.load_subscr()
        else:
            raise_syntax_error("can't assign to expression", t)
        self.expr(node.value)
        self.e.binary_op(_INPLACE[type(node.op)])
        if isinstance(t, ast.Name):
            self.store_id(t.id)
        elif isinstance(t, ast.Attribute):
            self.e.rot_two()
            self.e.store_attr(t.attr)
        else:
            self.e.rot_three()
            self.e.store_subscr()

    def assign(self, t) -> None:
        if isinstance(t, ast.Name):
            self.store_id(t.id)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            self.e.store_attr(t.attr)
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.subscript_index(t.slice)
            self.e.store_subscr()
        elif isinstance(t, (ast.Tuple, ast.List)):
            star = None
            for i, elt in enumerate(t.elts):
                if isinstance(elt, ast.Starred):
                    if star is not None:
                        raise_syntax_error("multiple *x in assignment", elt)
                    self.e.unpack_ex(i, len(t.elts) - i - 1)
                    star = i
            if star is None:
                self.e.unpack_sequence(len(t.elts))
            for elt in t.elts:
                self.assign(elt.value if isinstance(elt, ast.Starred) else elt)
        else:
            raise_syntax_error("can't assign to expression", t)

    def stmt_Delete(self, node):
        for t in node.targets:
            self._delete(t)

    def _delete(self, t):
        if isinstance(t, ast.Name):
            self.delete_id(t.id)
        elif isinstance(t, ast.Attribute):
            self.expr(t.value)
            self.e.delete_attr(t.attr)
        elif isinstance(t, ast.Subscript):
            self.expr(t.value)
            self.subscript_index(t.slice)
            self.e.delete_subscr()
        elif isinstance(t, (ast.Tuple, ast.List)):
            for elt in t.elts:
                self._delete(elt)
        else:
            raise_syntax_error("can't delete expression", t)

    def stmt_Return(self, node):
        if self.scope.kind not in ("function", "lambda"):
            raise_syntax_error("'return' outside function", node)
        if node.value is None:
            self.e.load_const_tok(None)
        elif isinstance(node.value, ast.IfExp):
            # MICROPY_COMP_RETURN_IF_EXPR: one return per branch, as CPython does
            l_fail = Label()
            self.c_if_cond(node.value.test, False, l_fail)
            self.expr(node.value.body)
            self.e.return_value()
            self.e.label(l_fail)
            self.expr(node.value.orelse)
        else:
            self.expr(node.value)
        self.e.return_value()

    def stmt_Raise(self, node):
        if node.exc is None:
            self.e.raise_varargs(0)
        elif node.cause is not None:
            self.expr(node.exc)
            self.expr(node.cause)
            self.e.raise_varargs(2)
        else:
            self.expr(node.exc)
            self.e.raise_varargs(1)

    def stmt_Assert(self, node):
        if self.opt_level:
            return
        l_end = Label()
        self.c_if_cond(node.test, True, l_end)
        self.e.load_name("AssertionError", True)
        if node.msg is not None:
            self.expr(node.msg)
            self.e.call(1, 0, False, False)
        self.e.raise_varargs(1)
        self.e.label(l_end)

    def stmt_Break(self, node):
        if self.break_label is None:
            raise_syntax_error("'break'/'continue' outside loop", node)
        self.e.unwind_jump(self.break_label, self.cur_except_level - self.break_except_level,
                           self.break_from_for)

    def stmt_Continue(self, node):
        if self.continue_label is None:
            raise_syntax_error("'break'/'continue' outside loop", node)
        self.e.unwind_jump(self.continue_label,
                           self.cur_except_level - self.break_except_level, False)

    def stmt_Global(self, node):
        if self.emitting:
            return
        for name in node.names:
            info, _ = self.scope.find_or_add(name, sc.UNDECIDED)
            self._declare_global(self.scope, info, node)

    def stmt_Nonlocal(self, node):
        if self.emitting:
            return
        if self.scope.kind == "module":
            raise_syntax_error("can't declare nonlocal in outer code", node)
        for name in node.names:
            info, _ = self.scope.find_or_add(name, sc.UNDECIDED)
            self._declare_nonlocal(self.scope, info, node)

    @staticmethod
    def _declare_global(scope: sc.Scope, info: sc.IdInfo, node) -> None:
        if info.kind not in (sc.UNDECIDED, sc.GLOBAL_EXPLICIT):
            raise_syntax_error("identifier redefined as global", node)
        info.kind = sc.GLOBAL_EXPLICIT
        g = scope.find_global(info.name)
        if g is not None:
            g.kind = sc.GLOBAL_EXPLICIT

    @staticmethod
    def _declare_nonlocal(scope: sc.Scope, info: sc.IdInfo, node) -> None:
        if info.kind == sc.UNDECIDED:
            info.kind = sc.GLOBAL_IMPLICIT
            scope.check_to_close_over(info)
            if info.kind == sc.GLOBAL_IMPLICIT:
                raise_syntax_error("no binding for nonlocal found", node)
        elif info.kind != sc.FREE:
            raise_syntax_error("identifier redefined as nonlocal", node)

    def stmt_Import(self, node):
        for alias in node.names:
            self.e.load_const_small_int(0)
            self.e.load_const_tok(None)
            base = self._import_name(alias.name, alias.asname)
            self.store_id(base)

    def _import_name(self, name: str, asname) -> str:
        self.e.import_name(name)
        parts = name.split(".")
        if asname is None:
            return parts[0]
        for part in parts[1:]:
            self.e.load_attr(part)
        return asname

    def stmt_ImportFrom(self, node):
        self.e.load_const_small_int(node.level)
        module = node.module or ""
        if node.names[0].name == "*":
            self.e.load_const_str("*")
            self.e.build("tuple", 1)
            self._import_name(module, None)
            self.e.import_star()
            return
        for alias in node.names:
            self.e.load_const_str(alias.name)
        self.e.build("tuple", len(node.names))
        self._import_name(module, None)
        for alias in node.names:
            self.e.import_from(alias.name)
            self.store_id(alias.asname or alias.name)
        self.e.pop_top()

    # ## Compound statements

    def stmt_If(self, node):
        l_end = Label()
        cur = node
        first = True
        while True:
            if not _is_const_false(cur.test):
                l_fail = Label()
                self.c_if_cond(cur.test, False, l_fail)
                self.body(cur.body)
                if _is_const_true(cur.test):
                    self.e.label(l_end)
                    return
                if not first or cur.orelse:
                    self.e.jump(l_end)
                self.e.label(l_fail)
            first = False
            orelse = cur.orelse
            if (len(orelse) == 1 and isinstance(orelse[0], ast.If)
                    and orelse[0].col_offset == node.col_offset
                    and orelse[0].lineno != cur.lineno):
                cur = orelse[0]  # an elif
                if self.emitting or True:
                    pass
                continue
            self.body(orelse)
            break
        self.e.label(l_end)

    def _loop_begin(self, from_for: bool):
        saved = (self.break_label, self.continue_label, self.break_from_for,
                 self.break_except_level)
        self.break_label, self.continue_label = Label(), Label()
        self.break_from_for = from_for
        self.break_except_level = self.cur_except_level
        return saved

    def _loop_end(self, saved):
        (self.break_label, self.continue_label, self.break_from_for,
         self.break_except_level) = saved

    def stmt_While(self, node):
        saved = self._loop_begin(False)
        brk, cont = self.break_label, self.continue_label
        if not _is_const_false(node.test):
            top = Label()
            if not _is_const_true(node.test):
                self.e.jump(cont)
            self.e.label(top)
            self.body(node.body)
            self.e.label(cont)
            self.c_if_cond(node.test, True, top)
        self._loop_end(saved)
        self.body(node.orelse)
        self.e.label(brk)

    def stmt_For(self, node):
        it = node.iter
        if (isinstance(node.target, ast.Name) and isinstance(it, ast.Call)
                and isinstance(it.func, ast.Name) and it.func.id == "range"
                and not it.keywords and 0 < len(it.args) <= 3
                and not any(isinstance(a, ast.Starred) for a in it.args)):
            args = it.args
            one = ast.Constant(1)
            if len(args) == 1:
                start, end, step = ast.Constant(0), args[0], one
            elif len(args) == 2:
                start, end, step = args[0], args[1], one
            else:
                start, end, step = args
            if _is_small_int_node(step) and step.value != 0:
                self._for_range(node, start, end, step)
                return
        saved = self._loop_begin(True)
        brk, cont = self.break_label, self.continue_label
        pop = Label()
        self.expr(it)
        self.e.get_iter(True)
        self.e.label(cont)
        self.e.for_iter(pop)
        self.assign(node.target)
        self.body(node.body)
        if not self.e.last_was_return:
            self.e.jump(cont)
        self.e.label(pop)
        self.e.for_iter_end()
        self._loop_end(saved)
        self.body(node.orelse)
        self.e.label(brk)

    def _for_range(self, node, start, end, step):
        saved = self._loop_begin(False)
        brk, cont = self.break_label, self.continue_label
        top, entry = Label(), Label()
        end_on_stack = not _is_small_int_node(end)
        if end_on_stack:
            self.expr(end)
        self.expr(start)
        self.e.jump(entry)
        self.e.label(top)
        self.e.dup_top()
        self.assign(node.target)
        self.body(node.body)
        self.e.label(cont)
        self.expr(step)
        self.e.binary_op(BinaryOp.INPLACE_ADD)
        self.e.label(entry)
        if end_on_stack:
            self.e.dup_top_two()
            self.e.rot_two()
        else:
            self.e.dup_top()
            self.expr(end)
        self.e.binary_op(BinaryOp.LESS if step.value >= 0 else BinaryOp.MORE)
        self.e.pop_jump_if(True, top)
        self._loop_end(saved)
        end_label = None
        if node.orelse:
            self.e.pop_top()
            if end_on_stack:
                self.e.pop_top()
            self.body(node.orelse)
            end_label = Label()
            self.e.jump(end_label)
            self.e.adjust(1 + end_on_stack)
        self.e.label(brk)
        self.e.pop_top()
        if end_on_stack:
            self.e.pop_top()
        if end_label is not None:
            self.e.label(end_label)

    def _increase_except_level(self, label, kind):
        self.e.setup_block(label, kind)
        self.cur_except_level += 1
        if self.cur_except_level > self.scope.exc_stack_size:
            self.scope.exc_stack_size = self.cur_except_level

    def _decrease_except_level(self):
        self.cur_except_level -= 1
        self.e.end_finally()

    def stmt_Try(self, node):
        if node.finalbody:
            l_finally = Label()
            self._increase_except_level(l_finally, "finally")
            if not node.handlers:
                self.e.adjust(3)
                self.body(node.body)
                self.e.adjust(-3)
            else:
                self._try_except(node)
            self.e.load_const_tok(None)
            self.e.label(l_finally)
            self.e.adjust(1)  # a return value may sit under the finally block's stack
            self.body(node.finalbody)
            self.e.adjust(-1)
            self._decrease_except_level()
        else:
            self._try_except(node)

    stmt_TryStar = None

    def _try_except(self, node):
        e = self.e
        l1, success = Label(), Label()
        self._increase_except_level(l1, "except")
        self.body(node.body)
        e.pop_except_jump(success)
        e.label(l1)
        e.start_except_handler()
        l2 = Label()
        for i, h in enumerate(node.handlers):
            end_finally = Label()
            if h.type is None:
                if i + 1 != len(node.handlers):
                    raise_syntax_error("default 'except' must be last", h)
            else:
                e.dup_top()
                self.expr(h.type)
                e.binary_op(BinaryOp.EXCEPTION_MATCH)
                e.pop_jump_if(False, end_finally)
            if h.name is None:
                e.pop_top()
            else:
                self.store_id(h.name)
            l3 = None
            if h.name is not None:
                l3 = Label()
                self._increase_except_level(l3, "finally")
            self.body(h.body)
            if h.name is not None:
                e.load_const_tok(None)
                e.label(l3)
                e.adjust(1)
                e.load_const_tok(None)
                self.store_id(h.name)
                self.delete_id(h.name)
                e.adjust(-1)
                self._decrease_except_level()
            e.pop_except_jump(l2)
            e.label(end_finally)
            e.adjust(1)  # the exception instance is still on the stack here
        self._decrease_except_level()
        e.end_except_handler()
        e.label(success)
        self.body(node.orelse)
        e.label(l2)

    def stmt_With(self, node):
        self._with(node.items, node.body)

    def _with(self, items, body):
        if not items:
            self.body(body)
            return
        item = items[0]
        l_end = Label()
        self.expr(item.context_expr)
        self._increase_except_level(l_end, "with")
        if item.optional_vars is not None:
            self.assign(item.optional_vars)
        else:
            self.e.pop_top()
        self._with(items[1:], body)
        self.e.with_cleanup(l_end)
        self._decrease_except_level()

    def stmt_AsyncWith(self, node):
        self._require_async(node)
        self._async_with(node.items, node.body)

    def _require_async(self, node):
        if not (self.scope.kind == "function" and self.scope.flags & sc.FLAG_GENERATOR):
            raise_syntax_error("async for/with outside async function", node)

    def _await_method(self, name: str, n_args: int = 0) -> None:
        self.e.load_method(name)
        self.e.call(n_args, 0, False, True)
        self._yield_from()

    def _async_with(self, items, body):
        # As mpy-cross: a try/finally around the body; on an exception __aexit__ gets
        # (type, value, None) and a true result swallows it, otherwise (None, None, None).
        e = self.e
        if not items:
            self.body(body)
            return
        item = items[0]
        l_finally, l_aexit_no_exc, l_unwind, l_end = Label(), Label(), Label(), Label()
        self.expr(item.context_expr)
        e.dup_top()
        self._await_method("__aenter__")
        if item.optional_vars is not None:
            self.assign(item.optional_vars)
        else:
            e.pop_top()
        self._increase_except_level(l_finally, "finally")
        e.adjust(3)  # room the finally handler needs for an exception
        self._async_with(items[1:], body)
        e.adjust(-3)
        e.load_const_tok(None)
        e.rot_two()
        e.jump(l_aexit_no_exc)
        e.label(l_finally)
        e.dup_top()
        e.load_name("BaseException", True)
        e.binary_op(BinaryOp.EXCEPTION_MATCH)
        e.pop_jump_if(False, l_unwind)
        e.dup_top()
        e.rot_three()
        e.rot_two()
        e.load_method("__aexit__")
        e.rot_three()
        e.rot_three()
        e.dup_top()
        e.load_attr("__class__")
        e.rot_two()
        e.load_const_tok(None)
        e.call(3, 0, False, True)
        self._yield_from()
        e.pop_jump_if(False, l_end)
        e.pop_top()
        e.load_const_tok(None)
        e.jump(l_end)
        e.adjust(2)
        e.label(l_unwind)
        e.rot_three()
        e.rot_three()
        e.label(l_aexit_no_exc)
        e.load_method("__aexit__")
        e.load_const_tok(None)
        e.dup_top()
        e.dup_top()
        e.call(3, 0, False, True)
        self._yield_from()
        e.pop_top()
        e.adjust(-1)
        e.label(l_end)
        self._decrease_except_level()

    def stmt_AsyncFor(self, node):
        # The async iterator stays on the stack for the whole loop (popped at the end).
        self._require_async(node)
        e = self.e
        while_else, try_exception, try_else, try_finally = Label(), Label(), Label(), Label()
        self.expr(node.iter)
        e.load_method("__aiter__")
        e.call(0, 0, False, True)
        saved = self._loop_begin(False)
        brk, cont = self.break_label, self.continue_label
        e.label(cont)
        self._increase_except_level(try_exception, "except")
        e.dup_top()
        self._await_method("__anext__")
        self.assign(node.target)
        e.pop_except_jump(try_else)
        e.label(try_exception)
        e.start_except_handler()
        e.dup_top()
        e.load_name("StopAsyncIteration", True)
        e.binary_op(BinaryOp.EXCEPTION_MATCH)
        e.pop_jump_if(False, try_finally)
        e.pop_top()
        e.pop_except_jump(while_else)
        e.label(try_finally)
        e.adjust(1)
        self._decrease_except_level()
        e.end_except_handler()
        e.label(try_else)
        self.body(node.body)
        e.jump(cont)
        self._loop_end(saved)
        e.label(while_else)
        self.body(node.orelse)
        e.label(brk)
        e.pop_top()

    # ## Definitions

    def _decorators(self, node) -> int:
        n = 0
        for d in node.decorator_list:
            if (isinstance(d, ast.Attribute) and isinstance(d.value, ast.Name)
                    and d.value.id == "micropython"):
                if d.attr == "bytecode":
                    continue
                # mpy-cross without -march cannot emit native code
                raise_syntax_error_at(
                    "invalid arch" if d.attr in _NATIVE_DECORATORS
                    else "invalid micropython decorator", self.error_line)
            if isinstance(d, ast.Call):
                self._dotted(d.func)
                self.call_args(d.args, d.keywords, 0, False, d)
            else:
                self._dotted(d)
            n += 1
        return n

    def _dotted(self, d) -> None:
        if isinstance(d, ast.Attribute):
            self._dotted(d.value)
            self.e.load_attr(d.attr)
        else:
            self.expr(d)

    def _new_scope(self, kind: str, node, name: str) -> sc.Scope:
        if not self.emitting:
            s = sc.Scope(kind, node, self.scope, name)
            self.scope_of[id(node)] = s
            self.scope.children.append(s)
            self.scopes.append(s)
            return s
        return self.scope_of[id(node)]

    def stmt_FunctionDef(self, node, is_async: bool = False):
        n_dec = self._decorators(node)
        s = self._new_scope("function", node, node.name)
        if is_async:
            s.flags |= sc.FLAG_GENERATOR
        self._funcdef_lambdef(s, node.args)
        for _ in range(n_dec):
            self.e.call(1, 0, False, False)
        self.store_id(node.name)

    def stmt_AsyncFunctionDef(self, node):
        self.stmt_FunctionDef(node, True)

    def _funcdef_lambdef(self, s: sc.Scope, args: ast.arguments) -> None:
        e = self.e
        n_defaults = 0
        n_dict = 0
        have_star = False
        n_no_default = len(args.args) - len(args.defaults)
        for i, a in enumerate(args.args):
            if i >= n_no_default:
                n_defaults += 1
                self.expr(args.defaults[i - n_no_default])
        if args.vararg is not None or args.kwonlyargs:
            have_star = True
        for a, d in zip(args.kwonlyargs, args.kw_defaults):
            if d is None:
                continue
            n_dict += 1
            if n_dict == 1:
                if n_defaults > 0:
                    e.build("tuple", n_defaults)
                else:
                    e.load_null()
                e.build("map", 0)
            self.expr(d)
            e.load_const_str(a.arg)
            e.store_map()
        del have_star
        if n_defaults > 0 and n_dict == 0:
            e.build("tuple", n_defaults)
            e.load_null()
        s.num_def_pos_args = n_defaults
        if n_dict:
            s.flags |= sc.FLAG_DEFKWARGS
        self._close_over(s, n_defaults, n_dict)

    def _close_over(self, s: sc.Scope, n_pos: int, n_kw: int) -> None:
        nfree = 0
        if self.emitting:
            self.scope.made_children.append(s)
        if self.emitting and self.scope.kind != "module":
            for info in self.scope.ids:
                if info.kind in (sc.CELL, sc.FREE):
                    for info2 in s.ids:
                        if info2.kind == sc.FREE and info2.name == info.name:
                            self.e.load_fast(info.local_num)
                            nfree += 1
        if nfree == 0:
            self.e.make_function(n_pos, n_kw)
        else:
            self.e.make_closure(nfree, n_pos, n_kw)

    def stmt_ClassDef(self, node):
        n_dec = self._decorators(node)
        s = self._new_scope("class", node, node.name)
        self.e.load_build_class()
        self._close_over(s, 0, 0)
        self.e.load_const_str(node.name)
        self.call_args(node.bases, node.keywords, 2, False, node)
        for _ in range(n_dec):
            self.e.call(1, 0, False, False)
        self.store_id(node.name)

    # ## Conditions

    def c_if_cond(self, node, jump_if: bool, label: Label) -> None:
        if _is_const_false(node):
            if not jump_if:
                self.e.jump(label)
            return
        if _is_const_true(node):
            if jump_if:
                self.e.jump(label)
            return
        if isinstance(node, ast.BoolOp):
            is_or = isinstance(node.op, ast.Or)
            if is_or != jump_if:  # or/False and and/True: short-circuit to a local label
                label2 = Label()
                for v in node.values[:-1]:
                    self.c_if_cond(v, not jump_if, label2)
                self.c_if_cond(node.values[-1], jump_if, label)
                self.e.label(label2)
            else:
                for v in node.values:
                    self.c_if_cond(v, jump_if, label)
            return
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            self.c_if_cond(node.operand, not jump_if, label)
            return
        self.expr(node)
        self.e.pop_jump_if(jump_if, label)

    # ## Expressions

    def _is_const_object(self, node) -> bool:
        v = node.value
        if getattr(node, "mp_const_object", False):
            return True
        if v is None or v is True or v is False or v is Ellipsis:
            return False
        if type(v) is int:
            return not _fits(v, SMALL_INT_PARSE_BITS)
        if isinstance(v, str):
            return not self._interned(v, node)
        if isinstance(v, bytes):
            return not (len(v) <= INTERN_MAX_LEN or self._interned(v.decode("latin-1"), node))
        return True

    def _interned(self, s: str, node) -> bool:
        """Whether MicroPython's lexer makes string literal ``s`` (at ``node``) a qstr:
        short, already in mpy-cross's pool, or an identifier lexed earlier."""
        if len(s) <= INTERN_MAX_LEN and len(s.encode("utf-8", "surrogatepass")) <= \
                INTERN_MAX_LEN:
            return True
        if s in ROM_QSTRS:
            return True
        first = self.long_names.get(s)
        return first is not None and first < (getattr(node, "lineno", 0),
                                              getattr(node, "col_offset", 0))

    def expr(self, node) -> None:
        cls = type(node)
        if cls is not ast.Name and (cls is not ast.Constant or self._is_const_object(node)):
            self.e.set_line(node.lineno)  # leaves (names, qstr constants) carry no line
        method = self._expr_methods.get(cls)
        if method is None:
            method = self._expr_methods[cls] = getattr(self, "expr_" + cls.__name__)
        method(node)

    def expr_Name(self, node):
        self.load_id(node.id)

    def expr_Constant(self, node):
        v = node.value
        e = self.e
        if v is None or v is True or v is False:
            e.load_const_tok(v)
        elif v is Ellipsis:
            e.load_const_obj(Ellipsis)
        elif type(v) is int:
            if _fits(v, SMALL_INT_BITS):
                e.load_const_small_int(v)
            else:
                e.load_const_obj(v)
        elif isinstance(v, str):
            if self._interned(v, node) and not getattr(node, "mp_const_object", False):
                e.load_const_str(v)
            else:
                e.load_const_obj(v)
        else:
            e.load_const_obj(v)

    def expr_JoinedStr(self, node):
        fmt, args = _fstring_format(node)
        s = ast.Constant(fmt)
        ast.copy_location(s, node)
        self.expr_Constant(s)
        self.e.load_method("format")
        for a in args:
            self.expr(a)
        self.e.call(len(args), 0, False, True)

    def expr_BinOp(self, node):
        self.expr(node.left)
        self.expr(node.right)
        self.e.binary_op(_BINOP[type(node.op)])

    def expr_UnaryOp(self, node):
        self.expr(node.operand)
        self.e.unary_op(_UNOP[type(node.op)])

    def expr_BoolOp(self, node):
        l_end = Label()
        cond = isinstance(node.op, ast.Or)
        for i, v in enumerate(node.values):
            self.expr(v)
            if i + 1 < len(node.values):
                self.e.jump_if_or_pop(cond, l_end)
        self.e.label(l_end)

    def expr_Compare(self, node):
        e = self.e
        self.expr(node.left)
        n = len(node.ops)
        l_fail = Label() if n > 1 else None
        for i, (op_, right) in enumerate(zip(node.ops, node.comparators)):
            self.expr(right)
            last = i + 1 == n
            if not last:
                e.dup_top()
                e.rot_three()
            code, invert = _CMPOP[type(op_)]
            e.binary_op(code, invert)
            if not last:
                e.jump_if_or_pop(False, l_fail)
        if n > 1:
            l_end = Label()
            e.jump(l_end)
            e.label(l_fail)
            e.adjust(1)
            e.rot_two()
            e.pop_top()
            e.label(l_end)

    def expr_IfExp(self, node):
        l_fail, l_end = Label(), Label()
        self.c_if_cond(node.test, False, l_fail)
        self.expr(node.body)
        self.e.jump(l_end)
        self.e.label(l_fail)
        self.e.adjust(-1)
        self.expr(node.orelse)
        self.e.label(l_end)

    def expr_NamedExpr(self, node):
        self.expr(node.value)
        self.e.dup_top()
        name = node.target.id
        s = self.scope
        if not self.emitting and s.kind in ("listcomp", "dictcomp", "setcomp", "genexpr"):
            # The target belongs to the enclosing scope: declared global there (module
            # level) or nonlocal (inside a function).
            parent_info = s.parent.note_store(name)
            if parent_info.kind == sc.GLOBAL_EXPLICIT:
                s.find_or_add(name, sc.GLOBAL_EXPLICIT)
            else:
                info, _ = s.find_or_add(name, sc.UNDECIDED)
                is_global = s.parent.parent is None
                if not is_global and info.kind == sc.GLOBAL_IMPLICIT:
                    info.kind = sc.UNDECIDED
                if is_global:
                    self._declare_global(s, info, node)
                else:
                    self._declare_nonlocal(s, info, node)
        self.store_id(name)

    def expr_Attribute(self, node):
        self.expr(node.value)
        self.e.load_attr(node.attr)

    def expr_Subscript(self, node):
        self.expr(node.value)
        self.subscript_index(node.slice)
        self.e.load_subscr()

    def subscript_index(self, sl) -> None:
        self.expr(sl)

    def expr_Slice(self, node):
        # a[x:y:z], also as an element of a subscript tuple (a[1:2, 3])
        for part in (node.lower, node.upper):
            if part is None:
                self.e.load_const_tok(None)
            else:
                self.expr(part)
        if node.step is None:
            self.e.build("slice", 2)
        else:
            self.expr(node.step)
            self.e.build("slice", 3)

    def expr_Starred(self, node):
        raise_syntax_error("*x must be assignment target", node)

    def _const_tuple_value(self, elts):
        values = []
        for elt in elts:
            if isinstance(elt, ast.Constant):
                values.append(elt.value)
            elif isinstance(elt, ast.Tuple) and not elt.elts:
                values.append(())
            else:
                return None
        return tuple(values)

    def expr_Tuple(self, node):
        if not node.elts:
            self.e.build("tuple", 0)
            return
        value = self._const_tuple_value(node.elts)
        if value is not None:
            self.e.load_const_obj(value)
            return
        for elt in node.elts:
            self.expr(elt)
        self.e.build("tuple", len(node.elts))

    def expr_List(self, node):
        for elt in node.elts:
            self.expr(elt)
        self.e.build("list", len(node.elts))

    def expr_Set(self, node):
        for elt in node.elts:
            self.expr(elt)
        self.e.build("set", len(node.elts))

    def expr_Dict(self, node):
        self.e.build("map", len(node.keys))
        for k, v in zip(node.keys, node.values):
            if k is None:
                raise_syntax_error("invalid syntax", v)
            self.expr(v)
            self.expr(k)
            self.e.store_map()

    def _comprehension(self, node):
        s = self._new_scope(_COMP_KIND[type(node)], node, {
            ast.ListComp: "<listcomp>", ast.DictComp: "<dictcomp>", ast.SetComp: "<setcomp>",
            ast.GeneratorExp: "<genexpr>"}[type(node)])
        for gen in node.generators:
            if gen.is_async:
                raise_syntax_error("invalid syntax", gen.target)
        self._close_over(s, 0, 0)
        self.expr(node.generators[0].iter)
        if isinstance(node, ast.GeneratorExp):
            self.e.get_iter(False)
        self.e.call(1, 0, False, False)

    expr_ListComp = expr_DictComp = expr_SetComp = expr_GeneratorExp = _comprehension

    def expr_Lambda(self, node):
        s = self._new_scope("lambda", node, "<lambda>")
        self._funcdef_lambdef(s, node.args)

    def _mark_generator(self, node, what: str) -> None:
        if self.scope.kind not in ("function", "lambda", "genexpr"):
            raise_syntax_error(f"'{what}' outside function", node)
        self.scope.flags |= sc.FLAG_GENERATOR

    def expr_Yield(self, node):
        self._mark_generator(node, "yield")
        if node.value is None:
            self.e.load_const_tok(None)
        else:
            self.expr(node.value)
        self.e.yield_value()

    def _yield_from(self):
        self.e.get_iter(False)
        self.e.load_const_tok(None)
        self.e.yield_from()
        self.scope.flags |= sc.FLAG_GENERATOR

    def expr_YieldFrom(self, node):
        self._mark_generator(node, "yield")
        self.expr(node.value)
        self._yield_from()

    def expr_Await(self, node):
        if self.scope.kind not in ("function", "lambda"):
            raise_syntax_error("'await' outside function", node)
        self.expr(node.value)
        self._yield_from()

    def expr_Call(self, node):
        func = node.func
        e = self.e
        if self.scope.kind == "function":
            if self._is_super_call(func) and isinstance(func, ast.Attribute):
                self._super_prefix(func.value)
                e.load_method(func.attr, True)
                self.call_args(node.args, node.keywords, 0, True, node)
                return
            if self._is_super_call(node):
                self._super_prefix(node)
                e.call(2, 0, False, False)
                return
        if isinstance(func, ast.Attribute):
            self.expr(func.value)
            e.load_method(func.attr)
            self.call_args(node.args, node.keywords, 0, True, node)
        else:
            self.expr(func)
            self.call_args(node.args, node.keywords, 0, False, node)

    def _is_super_call(self, node) -> bool:
        if isinstance(node, ast.Attribute):
            node = node.value
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "super" and not node.args and not node.keywords)

    def _super_prefix(self, call) -> None:
        self.e.set_line(call.lineno)
        self.load_id("super")
        self.load_id("__class__")
        for info in self.scope.ids:
            if info.flags & sc.IS_PARAM:
                self.load_id(info.name)
                return
        raise_syntax_error("super() can't find self", call)

    def call_args(self, args, keywords, n_extra: int, method: bool, node) -> None:
        items = sorted([(a.lineno, a.col_offset, 0, a) for a in args]
                       + [(k.lineno, k.col_offset, 1, k) for k in keywords],
                       key=lambda t: (t[0], t[1]))
        n_pos, n_kw, star, star_args = n_extra, 0, False, 0
        for i, (_, _, is_kw, a) in enumerate(items):
            if not is_kw:
                if isinstance(a, ast.Starred):
                    star = True
                    star_args |= 1 << i
                    self.expr(a.value)
                    n_pos += 1
                elif isinstance(a, ast.GeneratorExp) and len(items) == 1:
                    self.expr(a)
                    n_pos += 1
                else:
                    self.expr(a)
                    n_pos += 1
            elif a.arg is None:
                star = True
                self.e.load_null()
                self.expr(a.value)
                n_kw += 1
            else:
                self.e.load_const_str(a.arg)
                self.expr(a.value)
                n_kw += 1
        if star:
            self.e.load_const_small_int(star_args)
        self.e.call(n_pos, n_kw, star, method)


def _encode_sig(n_state: int, n_exc: int, scope: sc.Scope) -> bytes:
    return encode_signature(n_state, n_exc, scope.flags & 0x0F, scope.num_pos_args,
                            scope.num_kwonly_args, scope.num_def_pos_args)


def _encode_size(n_info: int, n_cell: int) -> bytes:
    out = []
    while True:
        z = (n_info & 0x3F) << 1 | (n_cell & 1)
        n_cell >>= 1
        n_info >>= 6
        if n_cell | n_info:
            z |= 0x80
        out.append(z)
        if not n_cell | n_info:
            return bytes(out)
