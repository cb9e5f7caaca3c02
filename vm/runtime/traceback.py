"""Tracebacks in MicroPython's format.

The engine records where an exception passed as it unwinds: each VM frame it leaves appends
one entry ``(filename, line, function_name)`` to the list ``exc.__mp_tb__`` (innermost frame
first, the order MicroPython's ``mp_obj_exception_add_traceback`` uses).  Printing walks the
list backwards, outermost call first::

    Traceback (most recent call last):
      File "x.py", line 3, in f
    ValueError: msg
"""

from __future__ import annotations

from typing import Protocol

from vm.objects.typeinfo import class_name

__all__ = ["add_traceback", "clear_traceback", "traceback_entries", "format_traceback",
           "format_exception_line", "print_exception", "TB_ATTR"]

TB_ATTR = "__mp_tb__"


class _Writer(Protocol):
    def write(self, s: str) -> object: ...


def add_traceback(exc: BaseException, filename: str, line: int, function: str | None) -> None:
    """Record that ``exc`` passed through ``function`` at ``filename:line`` (``None``: a
    place in source code that failed to compile)."""
    tb = exc.__dict__.get(TB_ATTR) if hasattr(exc, "__dict__") else None
    if tb is None:
        tb = []
        try:
            setattr(exc, TB_ATTR, tb)
        except AttributeError:  # pragma: no cover - exception types without a __dict__
            return
    tb.append((filename, line, function))


def clear_traceback(exc: BaseException) -> None:
    """Forget the recorded frames (a fresh ``raise`` of an existing instance)."""
    try:
        setattr(exc, TB_ATTR, [])
    except AttributeError:  # pragma: no cover
        pass


def traceback_entries(exc: BaseException) -> list[tuple[str, int, str]]:
    """The recorded frames, innermost first."""
    return list(getattr(exc, TB_ATTR, None) or ())


def format_exception_line(exc: BaseException) -> str:
    """The last line of a traceback: ``ValueError: msg`` (MicroPython always adds ': ').

    As in MicroPython, the message is printed from the exception's arguments — a user
    ``__str__`` is not called — unless the exception's class defines ``__repr__``, whose
    result is then the whole line.  (A ``__repr__`` that raises is fatal in MicroPython;
    here the arguments are printed instead.)
    """
    from vm.runtime.repr import exception_str, find_vm_method
    if find_vm_method(type(exc), "__repr__") is not None:
        try:
            text = exc.__repr__()
        except BaseException:  # noqa: BLE001 - see the docstring
            text = None
        if isinstance(text, str):
            return text
    try:
        message = exception_str(exc)
    except BaseException:  # noqa: BLE001 - an argument whose own printing fails
        message = ""
    return f"{class_name(type(exc))}: {message}"


def format_traceback(exc: BaseException) -> str:
    """The whole traceback text, ending in a newline."""
    lines = []
    entries = traceback_entries(exc)
    if entries:
        lines.append("Traceback (most recent call last):\n")
        for filename, line, function in reversed(entries):
            if function is None:  # a place in the source being compiled
                lines.append(f'  File "{filename}", line {line}\n')
            else:
                lines.append(f'  File "{filename}", line {line}, in {function}\n')
    lines.append(format_exception_line(exc) + "\n")
    return "".join(lines)


def print_exception(exc: BaseException, file: _Writer) -> None:
    """Write ``format_traceback(exc)`` to ``file`` (anything with ``write(str)``)."""
    file.write(format_traceback(exc))
