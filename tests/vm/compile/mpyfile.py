"""A minimal .mpy v6.3 reader/writer for the compiler's tests.

The project's real .mpy writer lives in ``vm.mpy``; this helper lets the compiler's
differential tests compare our output with ``mpy-cross`` byte for byte on their own, and
decode mpy-cross output into a ``CompiledModule`` to show where two files differ.
"""

from __future__ import annotations

from vm.code import CodeKind, CompiledModule, RawCode

# MicroPython's fixed ("static") qstrs: .mpy files refer to these by number (1-based).
STATIC_QSTRS = [
    "", "__dir__", "\n", " ", "*", "/", "<module>", "_", "__call__", "__class__",
    "__delitem__", "__enter__", "__exit__", "__getattr__", "__getitem__", "__hash__",
    "__init__", "__int__", "__iter__", "__len__", "__main__", "__module__", "__name__",
    "__new__", "__next__", "__qualname__", "__repr__", "__setitem__", "__str__",
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "EOFError",
    "Ellipsis", "Exception", "GeneratorExit", "ImportError", "IndentationError",
    "IndexError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
    "NameError", "NoneType", "NotImplementedError", "OSError", "OverflowError",
    "RuntimeError", "StopIteration", "SyntaxError", "SystemExit", "TypeError",
    "ValueError", "ZeroDivisionError", "abs", "all", "any", "append", "args", "bool",
    "builtins", "bytearray", "bytecode", "bytes", "callable", "chr", "classmethod",
    "clear", "close", "const", "copy", "count", "dict", "dir", "divmod", "end",
    "endswith", "eval", "exec", "extend", "find", "format", "from_bytes", "get",
    "getattr", "globals", "hasattr", "hash", "id", "index", "insert", "int", "isalpha",
    "isdigit", "isinstance", "islower", "isspace", "issubclass", "isupper", "items",
    "iter", "join", "key", "keys", "len", "list", "little", "locals", "lower", "lstrip",
    "main", "map", "micropython", "next", "object", "open", "ord", "pop", "popitem",
    "pow", "print", "range", "read", "readinto", "readline", "remove", "replace", "repr",
    "reverse", "rfind", "rindex", "round", "rsplit", "rstrip", "self", "send", "sep",
    "set", "setattr", "setdefault", "sort", "sorted", "split", "start", "startswith",
    "staticmethod", "step", "stop", "str", "strip", "sum", "super", "throw", "to_bytes",
    "tuple", "type", "update", "upper", "utf-8", "value", "values", "write", "zip",
]
_STATIC_INDEX = {s: i + 1 for i, s in enumerate(STATIC_QSTRS)}

_T_STR, _T_BYTES, _T_INT, _T_FLOAT, _T_COMPLEX, _T_ELLIPSIS, _T_TUPLE = 5, 6, 7, 8, 9, 4, 10


def _uint(n: int) -> bytes:
    out = [n & 0x7F]
    n >>= 7
    while n:
        out.append(0x80 | (n & 0x7F))
        n >>= 7
    return bytes(reversed(out))


def _float_repr(x: float) -> str:
    # MicroPython prints floats with %.16g and always keeps a '.', 'e', 'inf' or 'nan'.
    s = "%.16g" % x
    if not any(c in s for c in ".ein"):
        s += ".0"
    return s


def _const_bytes(obj) -> bytes:
    if obj is Ellipsis:
        return bytes([_T_ELLIPSIS])
    if obj is None or obj is False or obj is True:
        return bytes([{None: 1, False: 2, True: 3}[obj]])
    if isinstance(obj, str):
        data = obj.encode()
        return bytes([_T_STR]) + _uint(len(data)) + data + b"\0"
    if isinstance(obj, bytes):
        return bytes([_T_BYTES]) + _uint(len(obj)) + obj + b"\0"
    if isinstance(obj, bool):
        raise TypeError("bool constant")
    if isinstance(obj, int):
        data = str(obj).encode()
        return bytes([_T_INT]) + _uint(len(data)) + data
    if isinstance(obj, float):
        data = _float_repr(obj).encode()
        return bytes([_T_FLOAT]) + _uint(len(data)) + data
    if isinstance(obj, complex):
        data = repr(obj).encode()
        return bytes([_T_COMPLEX]) + _uint(len(data)) + data
    if isinstance(obj, tuple):
        return bytes([_T_TUPLE]) + _uint(len(obj)) + b"".join(_const_bytes(o) for o in obj)
    raise TypeError(f"cannot store constant {obj!r}")


def _raw_code_bytes(rc: RawCode) -> bytes:
    out = bytearray(_uint((len(rc.fun_data) << 3) | (bool(rc.children) << 2) | rc.kind))
    out += rc.fun_data
    if rc.children:
        out += _uint(len(rc.children))
        for child in rc.children:
            out += _raw_code_bytes(child)
    return bytes(out)


def dump(module: CompiledModule) -> bytes:
    """Serialise ``module`` as mpy-cross does (bytecode only)."""
    out = bytearray(b"M\x06\x00" + bytes([module.small_int_bits]))
    out += _uint(len(module.qstrs)) + _uint(len(module.consts))
    for q in module.qstrs:
        if q in _STATIC_INDEX:
            out += _uint(_STATIC_INDEX[q] << 1 | 1)
        else:
            data = q.encode()
            out += _uint(len(data) << 1) + data + b"\0"
    for c in module.consts:
        out += _const_bytes(c)
    out += _raw_code_bytes(module.root)
    return bytes(out)


class _Reader:
    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def byte(self) -> int:
        b = self.data[self.pos]
        self.pos += 1
        return b

    def take(self, n: int) -> bytes:
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def uint(self) -> int:
        n = 0
        while True:
            b = self.byte()
            n = (n << 7) | (b & 0x7F)
            if not b & 0x80:
                return n

    def const(self):
        t = self.byte()
        if t == _T_ELLIPSIS:
            return Ellipsis
        if t in (1, 2, 3):
            return {1: None, 2: False, 3: True}[t]
        if t == _T_TUPLE:
            return tuple(self.const() for _ in range(self.uint()))
        n = self.uint()
        data = self.take(n)
        if t in (_T_STR, _T_BYTES):
            self.byte()
            return data.decode() if t == _T_STR else data
        text = data.decode()
        return {_T_INT: int, _T_FLOAT: float, _T_COMPLEX: complex}[t](text)

    def raw_code(self) -> RawCode:
        head = self.uint()
        fun_data = self.take(head >> 3)
        rc = RawCode(CodeKind(head & 3), fun_data)
        if head & 4:
            rc.children = [self.raw_code() for _ in range(self.uint())]
        return rc


def load(data: bytes) -> CompiledModule:
    """Parse a bytecode-only .mpy file."""
    r = _Reader(data)
    assert r.take(2) == b"M\x06", "not an .mpy v6 file"
    r.byte()
    bits = r.byte()
    n_qstr, n_const = r.uint(), r.uint()
    qstrs = []
    for _ in range(n_qstr):
        n = r.uint()
        if n & 1:
            qstrs.append(STATIC_QSTRS[(n >> 1) - 1])
        else:
            qstrs.append(r.take(n >> 1).decode())
            r.byte()
    consts = [r.const() for _ in range(n_const)]
    root = r.raw_code()
    return CompiledModule(qstrs, consts, root, small_int_bits=bits,
                          source_file=qstrs[0] if qstrs else "")
