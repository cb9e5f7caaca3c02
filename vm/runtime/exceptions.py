"""MicroPython's exception hierarchy, and turning host errors into VM exceptions.

VM exceptions *are* host exceptions (``vm/native.py``): MicroPython's hierarchy is a subset
of CPython's with the same shape, so the builtins module exposes exactly the classes listed
in ``EXCEPTIONS``.  Host code may still raise host-only errors (``RecursionError``, a
CPython ``ZeroDivisionError('division by zero')``, ``FileNotFoundError`` ...):
``to_vm_exception`` maps such an error to what MicroPython would have raised, so a host
message never reaches user code.
"""

from __future__ import annotations

import builtins
import re

from vm.runtime.traceback import (TB_ATTR, add_traceback, clear_traceback, format_traceback,
                                  print_exception, traceback_entries)

__all__ = ["EXCEPTIONS", "to_vm_exception", "format_traceback", "print_exception",
           "add_traceback", "clear_traceback", "traceback_entries", "TB_ATTR"]

#: The exception classes of MicroPython's unix port, by builtin name.
EXCEPTIONS: dict[str, type[BaseException]] = {
    c.__name__: c for c in (
        BaseException, ArithmeticError, AssertionError, AttributeError, EOFError, Exception,
        GeneratorExit, ImportError, IndentationError, IndexError, KeyError,
        KeyboardInterrupt, LookupError, MemoryError, NameError, NotImplementedError,
        OSError, OverflowError, RuntimeError, StopAsyncIteration, StopIteration,
        SyntaxError, SystemExit, TypeError, UnicodeError, ValueError, ZeroDivisionError)
}

# Host messages that have a MicroPython wording, for host errors raised by host operators
# that the VM lets through (the exception type stays).
_MESSAGES = {
    "division by zero": "divide by zero",
    "integer division or modulo by zero": "divide by zero",
    "float division by zero": "divide by zero",
    "float modulo": "divide by zero",
    "integer modulo by zero": "divide by zero",
    "float divmod()": "divide by zero",
    "float floor division by zero": "divide by zero",
    "0.0 cannot be raised to a negative power": "divide by zero",
    "list index out of range": "list index out of range",
    "tuple index out of range": "tuple index out of range",
    "string index out of range": "string index out of range",
    "pop from empty list": "pop from empty list",
    "pop index out of range": "list index out of range",
    "list.remove(x): x not in list": "object not in sequence",
    "tuple.index(x): x not in tuple": "object not in sequence",
    "negative shift count": "negative shift count",
    "substring not found": "substring not found",
    "pop from an empty set": "pop from an empty set",
    "maximum recursion depth exceeded": "maximum recursion depth exceeded",
    "empty separator": "empty separator",
}


#: Host messages that carry values, as (host exception type, pattern) -> (VM type, template).
_PATTERNS = [
    (ValueError, re.compile(r"invalid literal for int\(\) with base (\d+): (.*)\Z", re.S),
     ValueError, r"invalid syntax for integer with base \1: \2"),
    (ValueError, re.compile(r"could not convert string to float: .*\Z", re.S),
     ValueError, "invalid syntax for number"),
    (ValueError, re.compile(r"range\(\) arg 3 must not be zero\Z"), ValueError, "zero step"),
    (ValueError, re.compile(r"int\(\) base must be >= 2 and <= 36, or 0\Z"), ValueError,
     "int() arg 2 must be >= 2 and <= 36"),
    (ValueError, re.compile(r"bytes must be in range\(0, 256\)\Z"), ValueError,
     "bytes value out of range"),
    (ValueError, re.compile(r"cannot convert float NaN to integer\Z"), ValueError,
     "can't convert NaN to int"),
    (OverflowError, re.compile(r"cannot convert float infinity to integer\Z"), OverflowError,
     "can't convert inf to int"),
    # Setting an attribute that cannot be set: MicroPython only says it does not exist.
    (AttributeError, re.compile(r"property '(\w+)' of '(\w+)' object has no setter\Z"),
     AttributeError, r"'\2' object has no attribute '\1'"),
    (AttributeError, re.compile(r"attribute '(\w+)' of '(\w+)' objects is not writable\Z"),
     AttributeError, r"'\2' object has no attribute '\1'"),
    (AttributeError, re.compile(r"'(\w+)' object attribute '(\w+)' is read-only\Z"),
     AttributeError, r"'\1' object has no attribute '\2'"),
    (TypeError, re.compile(r"unhashable type: '(\w+)'\Z"), TypeError,
     r"unsupported type for __hash__: '\1'"),
    (TypeError, re.compile(r"int\(\) argument must be a string, a bytes-like object or a "
                           r"(?:real )?number, not '(\w+)'\Z"), TypeError,
     r"can't convert \1 to int"),
]


_REWRITTEN_TYPES = (ValueError, TypeError, OverflowError, AttributeError)


def _rewrite(exc: BaseException) -> BaseException | None:
    if len(exc.args) != 1 or not isinstance(exc.args[0], str):
        return None
    for host_type, pattern, vm_type, template in _PATTERNS:
        if type(exc) is host_type:
            m = pattern.match(exc.args[0])
            if m:
                return vm_type(m.expand(template))
    return None


def to_vm_exception(exc: BaseException) -> BaseException:
    """The VM exception standing for host exception ``exc`` (``exc`` itself when it is one).

    Keeps recorded traceback entries.  Used by the engine at its boundary with host code.
    """
    t = type(exc)
    rewritten = _rewrite(exc) if t in _REWRITTEN_TYPES else None
    if rewritten is not None:
        new: BaseException = rewritten
    elif isinstance(exc, RecursionError):
        new = RuntimeError("maximum recursion depth exceeded")
    elif t in _HOST_OS_ERRORS:
        # One argument: a CPython OSError with two would turn into FileNotFoundError &c.
        new = OSError(exc.errno if exc.errno is not None else exc.args[0]) if exc.args \
            else OSError()
    elif isinstance(exc, (UnicodeDecodeError, UnicodeEncodeError)):
        new = UnicodeError()
    elif t is ZeroDivisionError or t is IndexError or t is ValueError or t is KeyError:
        if len(exc.args) == 1 and isinstance(exc.args[0], str) and t is not KeyError:
            msg = exc.args[0]
            if msg in _MESSAGES:
                if _MESSAGES[msg] == msg:
                    return exc
                new = t(_MESSAGES[msg])
            elif msg.endswith(" is not in list"):
                new = ValueError("object not in sequence")
            else:
                return exc
        else:
            return exc
    elif t is OverflowError and exc.args and any(
            m in str(exc.args[0]) for m in _HOST_INT_OVERFLOWS):
        new = OverflowError("overflow converting long int to machine word")
    else:
        return exc
    tb = getattr(exc, TB_ATTR, None)
    if tb:
        setattr(new, TB_ATTR, list(tb))
    return new


#: Host OverflowError texts meaning "this int does not fit a machine word".
_HOST_INT_OVERFLOWS = ("int too large", "too many digits in integer", "cannot fit 'int'",
                       "too large to convert")

_HOST_OS_ERRORS = frozenset(c for c in vars(builtins).values()
                            if isinstance(c, type) and issubclass(c, OSError)
                            and c is not OSError)
