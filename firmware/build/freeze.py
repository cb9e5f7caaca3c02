"""Compile frozen modules to .mpy (MicroPython .mpy v6).

:func:`compile_to_mpy` is the single place the build calls a compiler.
"""

from __future__ import annotations

from pathlib import Path


class FreezeError(Exception):
    """A frozen module failed to compile."""


def compile_to_mpy(source: str, filename: str) -> bytes:
    """Compile Python ``source`` to .mpy bytes with Mote's compiler (``vm.compile``).

    ``filename`` is recorded in the .mpy (it shows in tracebacks).  A syntax error in a
    frozen module fails the build with the compiler's message and line.
    """
    from vm.compile import compile_to_mpy as compile_

    try:
        return compile_(source, filename)
    except SyntaxError as exc:
        raise FreezeError(f"{filename}:{exc.lineno}: SyntaxError: {exc.msg}") from None


def freeze_file(source: Path | str, output: Path | str, filename: str) -> int:
    """Compile one source file to ``output``; returns the .mpy size in bytes."""
    data = compile_to_mpy(Path(source).read_text(), filename)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return len(data)
