"""Board client: talk to a MicroPython board — emulated or real — through its REPL.

``Board`` (``tools.client.board``) runs code and moves files over the raw REPL;
``RawREPL`` (``tools.client.rawrepl``) is the protocol; links (``tools.client.link``)
carry the bytes over a serial port, a pseudo-terminal, ``socket://`` or a process's stdio.
The ``mote`` subcommands built on it are in ``tools.client.commands``.
"""

from tools.client.board import Board
from tools.client.errors import ClientError, DeviceError, ProtocolError, TransportError

__all__ = ["Board", "ClientError", "DeviceError", "ProtocolError", "TransportError"]
