"""Front end: host ``ast`` parsing plus MicroPython's parser-level rules.

MicroPython folds numeric constant expressions while parsing (whole operator chains
only, never part of one; see ``fold``), ``and``/``or``/``not`` of constants, tuples of
constants and ``math`` constants, replaces ``__debug__`` and ``X = const(...)`` names by
their values, and rejects syntax newer than the language it implements.  This module applies
the same rules to a host AST so the code generator sees what mpy-cross's would.
"""

from __future__ import annotations

import ast

from vm.compile import fold, host_errors
from vm.compile.errors import raise_syntax_error

# Operators grouped into MicroPython's n-ary grammar rules (one rule per chain).
_RULE_OF = {
    ast.Add: "arith", ast.Sub: "arith",
    ast.Mult: "term", ast.Div: "term", ast.FloorDiv: "term", ast.Mod: "term",
    ast.MatMult: "term",
    ast.LShift: "shift", ast.RShift: "shift",
    ast.BitOr: "or", ast.BitXor: "xor", ast.BitAnd: "and",
}

SMALL_INT_PARSE_BITS = 63  # mpy-cross runs on a 64-bit host: parse-time small ints


def is_int_const(node) -> bool:
    return (isinstance(node, ast.Constant) and type(node.value) is int)


def _same_start(a, b) -> bool:
    return a.lineno == b.lineno and a.col_offset == b.col_offset


def _const_like(value, like):
    node = ast.Constant(value)
    ast.copy_location(node, like)
    node.end_lineno, node.end_col_offset = like.end_lineno, like.end_col_offset
    return node


def _node_pos(node) -> tuple[int, int]:
    return node.lineno, node.col_offset


def _attr_pos(node) -> tuple[int, int]:
    # the attribute name ends the node; its start is the value expression's
    return node.end_lineno, node.end_col_offset - len(node.attr)


# Where each kind of node holds identifiers the lexer interns: node type -> function
# giving (name, position) pairs.
_IDENTIFIERS = {
    ast.Name: lambda n: [(n.id, _node_pos(n))],
    ast.Attribute: lambda n: [(n.attr, _attr_pos(n))],
    ast.FunctionDef: lambda n: [(n.name, _node_pos(n))],
    ast.AsyncFunctionDef: lambda n: [(n.name, _node_pos(n))],
    ast.ClassDef: lambda n: [(n.name, _node_pos(n))],
    ast.arg: lambda n: [(n.arg, _node_pos(n))],
    ast.keyword: lambda n: [(n.arg, _node_pos(n))] if n.arg else [],
    ast.alias: lambda n: [(part, _node_pos(n)) for part in n.name.split(".")]
    + ([(n.asname, _node_pos(n))] if n.asname else []),
    ast.Global: lambda n: [(name, _node_pos(n)) for name in n.names],
    ast.Nonlocal: lambda n: [(name, _node_pos(n)) for name in n.names],
    ast.ImportFrom: lambda n: [(part, _node_pos(n)) for part in (n.module or "").split(".")],
    ast.ExceptHandler: lambda n: [(n.name, _node_pos(n))] if n.name else [],
}

# Syntax newer than MicroPython's language.
_REJECT = {ast.Match} | {getattr(ast, n) for n in ("TryStar", "TypeAlias") if hasattr(ast, n)}

INTERN_MAX_LEN = 10  # MICROPY_ALLOC_PARSE_INTERN_STRING_LEN


class _Folder(ast.NodeTransformer):
    """One pass over the host AST doing what MicroPython's lexer and parser do besides
    parsing: reject newer syntax, record where each long identifier is first interned,
    substitute constants and fold constant expressions."""

    def __init__(self, opt_level: int):
        self.opt_level = opt_level
        self.consts: dict[str, object] = {}
        # identifiers longer than INTERN_MAX_LEN -> position of their first occurrence
        self.long_names: dict[str, tuple[int, int]] = {}
        self._methods: dict[type, object] = {}

    def visit(self, node):
        cls = type(node)
        method = self._methods.get(cls)
        if method is None:
            method = self._methods[cls] = getattr(self, "visit_" + cls.__name__,
                                                  self.generic_visit)
        if cls in _REJECT or getattr(node, "type_params", None):
            raise_syntax_error("invalid syntax", node)
        names = _IDENTIFIERS.get(cls)
        if names is not None:
            long_names = self.long_names
            for name, pos in names(node):
                if len(name) > INTERN_MAX_LEN:
                    old = long_names.get(name)
                    if old is None or pos < old:
                        long_names[name] = pos
        return method(node)

    def visit_Constant(self, node):
        return node  # (NodeVisitor's own visit_Constant is a slow compatibility shim)

    def generic_visit(self, node):
        # Children in place (every visitor here returns one node), without the
        # iter_fields generator machinery of the stdlib version.
        visit = self.visit
        for field in node._fields:
            value = getattr(node, field, None)
            if type(value) is list:
                for i, item in enumerate(value):
                    if isinstance(item, ast.AST):
                        value[i] = visit(item)
            elif isinstance(value, ast.AST):
                setattr(node, field, visit(value))
        return node

    # ## Names replaced by constants

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            if node.id == "__debug__":
                return _const_like(self.opt_level == 0, node)
            if node.id in self.consts:
                c = _const_like(self.consts[node.id], node)
                c.mp_const_object = not is_int_const(c) or not _fits(c.value)
                return c
        return node

    def visit_Assign(self, node):
        node = self.generic_visit(node)
        if (len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name) and node.value.func.id == "const"):
            call = node.value
            if len(call.args) != 1 or call.keywords:
                return node
            value = call.args[0]
            if not _is_parse_const(value):
                raise_syntax_error("not a constant", call)
            name = node.targets[0].id
            self.consts[name] = _const_value(value)
            if name.startswith("_"):
                dropped = ast.copy_location(ast.Pass(), node)
                dropped.mp_dropped = True  # no code and no line-number entry
                return dropped
            node.value = value
        return node

    # ## Constant folding (MicroPython's fold_constants and fold_logical_constants)

    def visit_Attribute(self, node):
        node = self.generic_visit(node)
        if (isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)
                and node.value.id == "math" and node.attr in fold.MATH_CONSTANTS):
            return _const_like(fold.MATH_CONSTANTS[node.attr], node)
        return node

    def visit_UnaryOp(self, node):
        node = self.generic_visit(node)
        if isinstance(node.op, ast.Not):
            truth = fold.truth(node.operand)
            return node if truth is None else _const_like(not truth, node)
        x = fold.number(node.operand)
        if x is not None:
            v = fold.unary_op(node.op, x)
            if v is not None:
                return _const_like(v, node)
        return node

    def visit_BoolOp(self, node):
        # Constants that cannot decide the result are dropped; one that decides it ends
        # the chain; the last operand is always kept.
        node = self.generic_visit(node)
        is_or = isinstance(node.op, ast.Or)
        kept = []
        for i, value in enumerate(node.values):
            truth = fold.truth(value)
            if i + 1 == len(node.values) or truth is is_or:
                kept.append(value)
                break
            if truth is None:
                kept.append(value)
        if len(kept) == 1:
            return kept[0]
        node.values = kept
        return node

    def visit_Tuple(self, node):
        # A tuple of constants is one constant object (MICROPY_COMP_CONST_TUPLE).
        node = self.generic_visit(node)
        if (isinstance(node.ctx, ast.Load) and node.elts
                and all(fold.is_const(e) for e in node.elts)):
            value = tuple(() if isinstance(e, ast.Tuple) else e.value for e in node.elts)
            return _const_like(value, node)
        return node

    def visit_BinOp(self, node):
        rule = _RULE_OF.get(type(node.op))
        if rule is None:  # ** : right-associative, folded pairwise
            node = self.generic_visit(node)
            x, y = fold.number(node.left), fold.number(node.right)
            if x is not None and y is not None:
                v = fold.binary_op(node.op, x, y)
                if v is not None:
                    return _const_like(v, node)
            return node
        # Collect the unparenthesised left-leaning chain of this rule.
        chain = [node]
        cur = node
        while (isinstance(cur.left, ast.BinOp) and _RULE_OF.get(type(cur.left.op)) == rule
               and _same_start(cur.left, cur)):
            cur = cur.left
            chain.append(cur)
        cur.left = self.visit(cur.left)
        for link in chain:
            link.right = self.visit(link.right)
        acc = fold.number(cur.left)
        if acc is None:
            return node
        for link in reversed(chain):
            y = fold.number(link.right)
            if y is None:
                return node
            acc = fold.binary_op(link.op, acc, y)
            if acc is None:
                return node
        return _const_like(acc, node)


def _fits(v: int, bits: int = SMALL_INT_PARSE_BITS) -> bool:
    return -(1 << (bits - 1)) <= v < (1 << (bits - 1))


def _is_parse_const(node) -> bool:
    if isinstance(node, ast.Constant):
        return not isinstance(node.value, bytes) or len(node.value) > 10
    if isinstance(node, ast.Tuple) and not node.elts:
        return True
    return False


def _const_value(node):
    if isinstance(node, ast.Tuple):
        return ()
    return node.value


def parse(source: str, filename: str, opt_level: int):
    """Parse ``source`` into a folded host AST, raising MicroPython-style SyntaxErrors."""
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as exc:  # IndentationError included
        raise host_errors.translate(exc, source, filename) from None
    folder = _Folder(opt_level)
    tree = folder.visit(tree)
    tree.mp_long_names = folder.long_names
    return tree
