"""What can go wrong talking to a board, as exceptions a caller can tell apart.

``ClientError`` is the base.  A ``TransportError`` means the link failed or went quiet;
a ``ProtocolError`` means the device answered, but not as the REPL protocol says; a
``DeviceError`` means the code ran and raised on the device — it carries the device's
own MicroPython traceback text, so a caller shows what the board said, never a host
traceback.
"""

from __future__ import annotations

__all__ = ["ClientError", "DeviceError", "ProtocolError", "TransportError"]


class ClientError(Exception):
    """Anything that stops the board client doing what was asked."""


class TransportError(ClientError):
    """The port could not be opened, closed under us, or stayed silent past a timeout."""


class ProtocolError(ClientError):
    """The device answered, but not with the bytes the REPL protocol requires."""


class DeviceError(ClientError):
    """Code sent to the device raised an exception there.

    ``stdout`` is what the code printed before it failed and ``traceback`` the device's
    MicroPython traceback text (its stderr in the raw REPL), both ``str``.
    """

    def __init__(self, stdout: str, traceback: str) -> None:
        self.stdout = stdout
        self.traceback = traceback
        super().__init__(traceback.rstrip("\n") or "the device reported an error")

    @property
    def exception_line(self) -> str:
        """The traceback's last line, e.g. ``OSError: [Errno 2] ENOENT``."""
        lines = [line for line in self.traceback.splitlines() if line.strip()]
        return lines[-1] if lines else ""

    @property
    def exception_name(self) -> str:
        """The exception's type name, e.g. ``OSError`` (empty if it cannot be read)."""
        return self.exception_line.partition(":")[0].strip()

    @property
    def errno(self) -> int | None:
        """For an ``OSError`` traceback, its errno (``[Errno 2] ENOENT`` or ``2``)."""
        if self.exception_name != "OSError":
            return None
        detail = self.exception_line.partition(":")[2].strip()
        digits = detail.removeprefix("[Errno ").split("]")[0].split()[0] if detail else ""
        return int(digits) if digits.isdigit() else None
