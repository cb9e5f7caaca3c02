"""A device console: the byte stream a board's REPL UART (or USB VCP) is wired to.

A host-side reader thread pushes received bytes into the console's input buffer, the
way a UART receive interrupt fills MicroPython's ring buffer.  While user code runs, the
REPL arms the *interrupt character* (``mp_hal_set_interrupt_char(CHAR_CTRL_C)``): the
receive path then swallows that byte and calls ``on_interrupt`` instead, so a running
``while True: pass`` is stopped by Ctrl-C even though nothing reads the console.

Output goes straight to the endpoint (``write``).  Endpoints subclass ``Console`` and
supply ``_send(data)``; they call ``feed(data)`` from their reader thread and
``feed_eof()`` when the input is gone for good (stdio closed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

__all__ = ["CHAR_CTRL_C", "Console", "ConsoleClosed"]

CHAR_CTRL_C = 0x03


class ConsoleClosed(Exception):
    """The console's input ended for good (stdin closed, or the device is stopping)."""


class Console:
    """Input buffer + interrupt character + output; subclasses provide the endpoint."""

    #: Human-readable description of where the console is (``console: <where>``).
    where: str = ""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._cond = threading.Condition()
        self._eof = False
        self._write_lock = threading.Lock()
        #: Byte value that interrupts running code, or -1 (disarmed).
        self.interrupt_char = -1
        #: Called (on the reader thread) when the interrupt character arrives while armed.
        self.on_interrupt: Callable[[], None] | None = None

    # ## Receive side (reader thread)

    def feed(self, data: bytes) -> None:
        """Bytes received from the host side of the console."""
        ichar = self.interrupt_char
        if ichar >= 0 and ichar in data:
            # Like the UART IRQ: the interrupt char never reaches the buffer; bytes
            # around it do (a host that sends ``\r\x03`` still gets its ``\r`` read).
            data = data.replace(bytes([ichar]), b"")
            callback = self.on_interrupt
            if callback is not None:
                callback()
        if data:
            with self._cond:
                self._buf += data
                self._cond.notify_all()

    def feed_eof(self) -> None:
        """The input ended for good."""
        with self._cond:
            self._eof = True
            self._cond.notify_all()

    # ## Device side

    def read_byte(self, timeout: float | None = None) -> int | None:
        """Next received byte (blocking); None on timeout; ConsoleClosed at end of input."""
        with self._cond:
            if not self._buf:
                self._wait(timeout)
                if not self._buf:
                    return None
            c = self._buf[0]
            del self._buf[0]
            return c

    def read_some(self, limit: int, timeout: float | None = None) -> bytes:
        """Up to ``limit`` received bytes, at least one unless ``timeout`` passes."""
        with self._cond:
            if not self._buf:
                self._wait(timeout)
            data = bytes(self._buf[:limit])
            del self._buf[:limit]
            return data

    def unread(self, data: bytes) -> None:
        """Put bytes back at the front of the input (read too far)."""
        if data:
            with self._cond:
                self._buf[:0] = data
                self._cond.notify_all()

    def pending(self) -> int:
        """How many received bytes wait to be read."""
        with self._cond:
            return len(self._buf)

    def _wait(self, timeout: float | None) -> None:
        # Wait in slices so a signal handler in the main thread gets to run.
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._buf:
            if self._eof:
                raise ConsoleClosed()
            left = 0.25 if deadline is None else min(0.25, deadline - time.monotonic())
            if left <= 0:
                return
            self._cond.wait(left)

    def write(self, data: bytes) -> None:
        """Send bytes to the host side (thread-safe, in order)."""
        if data:
            with self._write_lock:
                self._send(bytes(data))

    # ## Endpoint hooks

    def _send(self, data: bytes) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def start(self) -> None:
        """Start the reader thread (endpoints override)."""

    def close(self) -> None:
        """Stop serving: release the endpoint (endpoints override, then call this)."""
        self.feed_eof()
