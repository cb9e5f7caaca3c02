"""Console endpoints a device's REPL can be served on: stdio, a pseudo-terminal, TCP.

``open_console(spec)`` makes one from a ``--console`` argument: ``stdio``, ``pty`` or
``tcp:PORT`` (``tcp:0`` picks a free port).  Each endpoint is a ``Console``
(``firmware.console.base``): a byte stream with an input buffer and an interrupt char.
"""

from __future__ import annotations

from collections.abc import Callable

from firmware.console.base import Console, ConsoleClosed

__all__ = ["ENDPOINTS", "Console", "ConsoleClosed", "ConsoleSpecError", "open_console"]


class ConsoleSpecError(ValueError):
    """A ``--console`` argument that names no endpoint."""


def _stdio(arg: str) -> Console:
    from firmware.console.stdio import StdioConsole
    return StdioConsole()


def _pty(arg: str) -> Console:
    from firmware.console.pty import PtyConsole
    return PtyConsole()


def _tcp(arg: str) -> Console:
    from firmware.console.tcp import TcpConsole
    if not arg.isdigit() or int(arg) > 65535:
        raise ConsoleSpecError(f"bad TCP port '{arg}' (use tcp:PORT)")
    return TcpConsole(int(arg))


#: Endpoint kind -> factory taking the text after ``kind:``.
ENDPOINTS: dict[str, Callable[[str], Console]] = {"stdio": _stdio, "pty": _pty, "tcp": _tcp}


def open_console(spec: str) -> Console:
    """The console named by ``spec`` (``stdio``, ``pty``, ``tcp:PORT``), not yet started."""
    kind, _, arg = spec.partition(":")
    factory = ENDPOINTS.get(kind)
    if factory is None:
        raise ConsoleSpecError(f"unknown console '{spec}' (choose from stdio, pty, tcp:PORT)")
    return factory(arg)
