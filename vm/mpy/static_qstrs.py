"""The static qstrs: strings every MicroPython build has, under the same numbers.

An .mpy file refers to one of these by number instead of spelling it out (a qstr-table
entry ``(n << 1) | 1``).  Qstr 0 is the null qstr and is never referenced; numbers 1 up
to ``zip`` (``QSTR_LAST_STATIC`` in ``py/persistentcode.c``) are the fixed list in
MicroPython's ``py/makeqstrdata.py``, in this order.  ``tests/vm/mpy/test_static_qstrs.py``
checks the whole table against the real mpy-cross.
"""

from __future__ import annotations

__all__ = ["STATIC_QSTRS", "STATIC_INDEX", "LAST_STATIC"]

#: Qstr number -> string; index 0 (the null qstr) is None.
STATIC_QSTRS: tuple[str | None, ...] = (
    None,
    '', '__dir__', '\n', ' ', '*', '/', '<module>', '_', '__call__', '__class__',
    '__delitem__', '__enter__', '__exit__', '__getattr__', '__getitem__', '__hash__',
    '__init__', '__int__', '__iter__', '__len__', '__main__', '__module__', '__name__',
    '__new__', '__next__', '__qualname__', '__repr__', '__setitem__', '__str__',
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'EOFError',
    'Ellipsis', 'Exception', 'GeneratorExit', 'ImportError', 'IndentationError', 'IndexError',
    'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError', 'NameError', 'NoneType',
    'NotImplementedError', 'OSError', 'OverflowError', 'RuntimeError', 'StopIteration',
    'SyntaxError', 'SystemExit', 'TypeError', 'ValueError', 'ZeroDivisionError', 'abs', 'all',
    'any', 'append', 'args', 'bool', 'builtins', 'bytearray', 'bytecode', 'bytes', 'callable',
    'chr', 'classmethod', 'clear', 'close', 'const', 'copy', 'count', 'dict', 'dir', 'divmod',
    'end', 'endswith', 'eval', 'exec', 'extend', 'find', 'format', 'from_bytes', 'get',
    'getattr', 'globals', 'hasattr', 'hash', 'id', 'index', 'insert', 'int', 'isalpha',
    'isdigit', 'isinstance', 'islower', 'isspace', 'issubclass', 'isupper', 'items', 'iter',
    'join', 'key', 'keys', 'len', 'list', 'little', 'locals', 'lower', 'lstrip', 'main', 'map',
    'micropython', 'next', 'object', 'open', 'ord', 'pop', 'popitem', 'pow', 'print', 'range',
    'read', 'readinto', 'readline', 'remove', 'replace', 'repr', 'reverse', 'rfind', 'rindex',
    'round', 'rsplit', 'rstrip', 'self', 'send', 'sep', 'set', 'setattr', 'setdefault', 'sort',
    'sorted', 'split', 'start', 'startswith', 'staticmethod', 'step', 'stop', 'str', 'strip',
    'sum', 'super', 'throw', 'to_bytes', 'tuple', 'type', 'update', 'upper', 'utf-8', 'value',
    'values', 'write', 'zip',
)

#: Largest static qstr number (``MP_QSTR_zip``).
LAST_STATIC = len(STATIC_QSTRS) - 1

#: String -> static qstr number.
STATIC_INDEX: dict[str, int] = {s: i for i, s in enumerate(STATIC_QSTRS) if s is not None}
