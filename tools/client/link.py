"""Byte links to a board's console: a serial port (pyserial) or a child process's stdio.

A link moves bytes and nothing else; the REPL protocol lives in ``rawrepl``.  Every link
offers the same three operations, so the protocol code and everything above it run
unchanged on a real board's USB serial port, on an emulator's pseudo-terminal, on a TCP
console (``socket://host:port``, pyserial's URL handler) or on an emulator's stdio.
"""

from __future__ import annotations

import os
import select
import subprocess
import time
from typing import Protocol

from tools.client.errors import TransportError

__all__ = ["Link", "ProcessLink", "SerialLink", "open_link"]

#: pyserial URL schemes (``serial_for_url``) we accept as ports besides device paths.
URL_SCHEMES = ("socket://", "rfc2217://", "loop://", "spy://")


class Link(Protocol):
    """A bidirectional byte stream to a board's console."""

    def write(self, data: bytes) -> None:
        """Send all of ``data``."""

    def read_available(self, timeout: float | None) -> bytes:
        """Whatever bytes arrive within ``timeout`` seconds (``b""`` if none; ``None``
        waits until some arrive).  Raises ``TransportError`` if the link closed."""

    def close(self) -> None:
        """Release the port (idempotent)."""


class SerialLink:
    """A pyserial port: a device path (``/dev/ttyACM0``, ``/dev/pts/7``) or a URL."""

    def __init__(self, port: str, baudrate: int = 115200) -> None:
        import serial  # pyserial: deferred so `mote --help` does not pay for it

        self.port = port
        try:
            if port.startswith(URL_SCHEMES):
                self._serial = serial.serial_for_url(port, baudrate=baudrate, timeout=0)
            else:
                self._serial = serial.Serial(port, baudrate=baudrate, timeout=0)
        except (serial.SerialException, OSError, ValueError) as exc:
            raise TransportError(f"could not open port {port}: {exc}") from None
        self._exceptions = (serial.SerialException, OSError)
        fileno = getattr(self._serial, "fileno", None)
        try:
            self._fd = fileno() if fileno is not None else None
        except (self._exceptions + (AttributeError,)):
            self._fd = None

    def write(self, data: bytes) -> None:
        try:
            self._serial.write(data)
            self._serial.flush()
        except self._exceptions as exc:
            raise TransportError(f"write to {self.port} failed: {exc}") from None

    def read_available(self, timeout: float | None) -> bytes:
        try:
            if self._fd is not None:
                # A local port: wait with select, so pyserial's timeout (whose setter
                # reconfigures the port) never changes.
                ready, _, _ = select.select([self._fd], [], [], timeout)
                if not ready:
                    return b""
                return self._serial.read(max(1, self._serial.in_waiting))
            # A URL handler (socket://): block for the first byte, then take the rest.
            if self._serial.timeout != timeout:
                self._serial.timeout = timeout
            first = self._serial.read(1)
            if not first:
                return b""
            waiting = self._serial.in_waiting
            return first + (self._serial.read(waiting) if waiting else b"")
        except self._exceptions as exc:
            raise TransportError(f"read from {self.port} failed: {exc}") from None

    def close(self) -> None:
        try:
            self._serial.close()
        except self._exceptions:
            pass


class ProcessLink:
    """A child process's stdin/stdout as a console (an emulator started with stdio)."""

    def __init__(self, process: subprocess.Popen) -> None:
        if process.stdin is None or process.stdout is None:
            raise ValueError("ProcessLink needs a process with stdin=PIPE and stdout=PIPE")
        self.process = process
        self._out = process.stdout.fileno()
        os.set_blocking(self._out, False)

    def write(self, data: bytes) -> None:
        try:
            self.process.stdin.write(data)
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError, OSError) as exc:
            raise TransportError(f"the board process stopped taking input: {exc}") from None

    def read_available(self, timeout: float | None) -> bytes:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self._out], [], [], remaining)
            if not ready:
                return b""
            try:
                data = os.read(self._out, 65536)
            except BlockingIOError:
                continue
            if not data:
                raise TransportError(
                    f"the board process ended (status {self.process.poll()})")
            return data

    def close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass


def open_link(port: str, baudrate: int = 115200) -> SerialLink:
    """Open ``port`` (a device path or a pyserial URL such as ``socket://host:port``)."""
    return SerialLink(port, baudrate)
