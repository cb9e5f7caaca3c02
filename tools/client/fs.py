"""File operations on a board, done by small programs sent through its raw REPL.

Each operation is a few lines of MicroPython run on the device using only ``os``,
``open`` and (for reading) ``binascii``, which every port has.  Data crosses the link
binary-safely: the device prints file contents as hex, and the host sends contents as
``bytes`` literals, in chunks small enough for a board with a few KB of free heap.
"""

from __future__ import annotations

import ast
import errno as host_errno
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tools.client.errors import DeviceError, ProtocolError

if TYPE_CHECKING:
    from tools.client.board import Board

__all__ = [
    "Entry",
    "describe",
    "exists",
    "ls",
    "mkdir",
    "read_file",
    "rm",
    "rmdir",
    "stat",
    "write_file",
]

#: Bytes per chunk, each way: a chunk's literal must compile on a small board.
READ_CHUNK = 512
WRITE_CHUNK = 1024
S_IFDIR = 0x4000


@dataclass(frozen=True)
class Entry:
    """A directory entry: name, size in bytes (0 for a directory), whether a directory."""

    name: str
    size: int
    is_dir: bool


def _q(path: str) -> str:
    return repr(path)


def _literal_lines(board: Board, code: str) -> list:
    out = board.exec(code)
    try:
        return [ast.literal_eval(line) for line in out.splitlines() if line.strip()]
    except (ValueError, SyntaxError):
        raise ProtocolError(f"unexpected answer from the device: {out!r}") from None


def ls(board: Board, path: str = "/") -> list[Entry]:
    """The entries of directory ``path``, directories first then files, by name."""
    rows = _literal_lines(board, (
        "import os\n"
        f"for e in os.ilistdir({_q(path)}):\n"
        " print(repr((e[0], e[1], e[3] if len(e) > 3 else 0)))\n"))
    entries = [Entry(name, 0 if kind & S_IFDIR else size, bool(kind & S_IFDIR))
               for name, kind, size in rows]
    return sorted(entries, key=lambda e: (not e.is_dir, e.name))


def stat(board: Board, path: str) -> Entry:
    """One path's entry (``DeviceError`` with errno ENOENT if it does not exist)."""
    (st,) = _literal_lines(board, f"import os\nprint(repr(os.stat({_q(path)})))\n")
    is_dir = bool(st[0] & S_IFDIR)
    name = path.rstrip("/").rsplit("/", 1)[-1] or "/"
    return Entry(name, 0 if is_dir else st[6], is_dir)


def exists(board: Board, path: str) -> bool:
    try:
        stat(board, path)
    except DeviceError as exc:
        if exc.errno == host_errno.ENOENT:
            return False
        raise
    return True


def read_file(board: Board, path: str) -> bytes:
    """The whole content of file ``path``."""
    out = board.exec(
        "try:\n import binascii\nexcept ImportError:\n import ubinascii as binascii\n"
        f"f = open({_q(path)}, 'rb')\n"
        "while True:\n"
        f" b = f.read({READ_CHUNK})\n"
        " if not b:\n  break\n"
        " print(binascii.hexlify(b).decode())\n"
        "f.close()\n")
    try:
        return bytes.fromhex("".join(out.split()))
    except ValueError:
        raise ProtocolError(f"unexpected file data from the device: {out[:200]!r}") from None


def write_file(board: Board, path: str, data: bytes) -> None:
    """Create or replace file ``path`` with ``data``."""
    # The open file lives in a device global between chunks; each chunk is one exec.
    board.exec(f"_mote_f = open({_q(path)}, 'wb')\n")
    try:
        for start in range(0, len(data), WRITE_CHUNK):
            board.exec(f"_mote_f.write({data[start:start + WRITE_CHUNK]!r})\n")
    finally:
        board.exec("_mote_f.close()\ndel _mote_f\n")


def rm(board: Board, path: str) -> None:
    """Remove file ``path``."""
    board.exec(f"import os\nos.remove({_q(path)})\n")


def mkdir(board: Board, path: str) -> None:
    """Create directory ``path``."""
    board.exec(f"import os\nos.mkdir({_q(path)})\n")


def rmdir(board: Board, path: str) -> None:
    """Remove empty directory ``path``."""
    board.exec(f"import os\nos.rmdir({_q(path)})\n")


def describe(exc: DeviceError, path: str) -> str:
    """A one-line message for a failed file operation, e.g. ``x.py: No such file``."""
    if exc.errno is not None:
        return f"{path}: {os.strerror(exc.errno)}"
    return f"{path}: {exc.exception_line}"
