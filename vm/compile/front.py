"""Front end: host ``ast`` parsing plus MicroPython's parser-level rules.

MicroPython folds integer constant expressions while parsing (whole operator chains
only, never part of one), replaces ``__debug__`` and ``X = const(...)`` names by their
values, and rejects syntax newer than the language it implements.  This module applies
the same rules to a host AST so the code generator sees what mpy-cross's would.
"""

from __future__ import annotations

import ast
import io
import tokenize

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


def _apply(op, x: int, y: int):
    """Fold ``x op y`` as MicroPython's parser would, or None when it would not."""
    t = type(op)
    if t is ast.MatMult or (t is ast.Div and y == 0):
        return None
    if t in (ast.LShift, ast.RShift, ast.Pow) and y < 0:
        return None
    if t in (ast.FloorDiv, ast.Mod) and y == 0:
        return None
    if t is ast.Pow and y > 100000:
        return None
    return {
        ast.Add: lambda: x + y, ast.Sub: lambda: x - y, ast.Mult: lambda: x * y,
        ast.FloorDiv: lambda: x // y, ast.Mod: lambda: x % y,
        ast.LShift: lambda: x << y, ast.RShift: lambda: x >> y,
        ast.BitOr: lambda: x | y, ast.BitXor: lambda: x ^ y, ast.BitAnd: lambda: x & y,
        ast.Pow: lambda: x ** y, ast.Div: lambda: x / y,
    }[t]()


def _const_like(value, like):
    node = ast.Constant(value)
    ast.copy_location(node, like)
    node.end_lineno, node.end_col_offset = like.end_lineno, like.end_col_offset
    return node


class _Folder(ast.NodeTransformer):
    def __init__(self, opt_level: int):
        self.opt_level = opt_level
        self.consts: dict[str, object] = {}

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

    # ## Integer folding

    def visit_UnaryOp(self, node):
        node = self.generic_visit(node)
        if isinstance(node.op, (ast.UAdd, ast.USub, ast.Invert)) and is_int_const(node.operand):
            v = node.operand.value
            v = +v if isinstance(node.op, ast.UAdd) else -v if isinstance(node.op, ast.USub) \
                else ~v
            return _const_like(v, node)
        return node

    def visit_BinOp(self, node):
        rule = _RULE_OF.get(type(node.op))
        if rule is None:  # ** : right-associative, folded pairwise
            node = self.generic_visit(node)
            if is_int_const(node.left) and is_int_const(node.right):
                v = _apply(node.op, node.left.value, node.right.value)
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
        if not is_int_const(cur.left):
            return node
        acc = cur.left.value
        for link in reversed(chain):
            if not is_int_const(link.right):
                return node
            acc = _apply(link.op, acc, link.right.value)
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


# ## Checks for syntax MicroPython does not accept

_REJECT = (ast.Match, ast.TryStar) if hasattr(ast, "TryStar") else (ast.Match,)


def _check(tree) -> None:
    for node in ast.walk(tree):
        if isinstance(node, _REJECT):
            raise_syntax_error("invalid syntax", node)
        if getattr(node, "type_params", None):
            raise_syntax_error("invalid syntax", node)
        if hasattr(ast, "TypeAlias") and isinstance(node, ast.TypeAlias):
            raise_syntax_error("invalid syntax", node)
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            for part in node.format_spec.values:
                if isinstance(part, ast.FormattedValue):
                    raise_syntax_error("invalid syntax", node)


def interned_names(source: str) -> set[str]:
    """Identifiers and short strings the lexer interns (so long strings equal to them are
    qstrs too)."""
    names = set()
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.NAME:
                names.add(tok.string)
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    return names


# Host parser messages that MicroPython reports with its own wording.
_HOST_MESSAGES = [
    ("follows parameter with a default", "non-default argument follows default argument"),
    ("non-default argument follows", "non-default argument follows default argument"),
    ("cannot delete", "can't delete expression"),
    ("cannot assign to", "can't assign to expression"),
    ("starred assignment target", "can't assign to expression"),
    ("'await' outside", "'await' outside function"),
    ("'return' outside", "'return' outside function"),
    ("'yield' outside", "'yield' outside function"),
    ("outside loop", "'break'/'continue' outside loop"),
]


def _mp_message(host_msg: str) -> str:
    for fragment, msg in _HOST_MESSAGES:
        if fragment in host_msg:
            return msg
    return "invalid syntax"


def parse(source: str, filename: str, opt_level: int):
    """Parse ``source`` into a folded host AST, raising MicroPython-style SyntaxErrors."""
    try:
        tree = ast.parse(source, filename)
    except IndentationError as exc:
        if "unindent" in (exc.msg or ""):
            raise IndentationError("unindent doesn't match any outer indent level",
                                   (filename, exc.lineno, exc.offset, exc.text)) from None
        raise SyntaxError("invalid syntax", (filename, exc.lineno, exc.offset, exc.text)) \
            from None
    except SyntaxError as exc:
        raise SyntaxError(_mp_message(exc.msg or ""),
                          (filename, exc.lineno, exc.offset, exc.text)) from None
    _check(tree)
    return _Folder(opt_level).visit(tree)
