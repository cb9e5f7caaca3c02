"""Remote paths on the command line: ``:path`` names a file on the board (as mpremote)."""

from __future__ import annotations

__all__ = ["is_remote", "join", "remote"]


def is_remote(arg: str) -> bool:
    return arg.startswith(":")


def remote(arg: str) -> str:
    """The board path an argument names: ``:lib/x.py`` or ``lib/x.py`` -> ``lib/x.py``;
    ``:`` alone is the current directory, ``/`` the root."""
    path = arg.removeprefix(":")
    return path or "."


def join(directory: str, name: str) -> str:
    if directory in ("", "."):
        return name
    return directory.rstrip("/") + "/" + name
