"""The stdio console: the device's REPL on the host process's own stdin/stdout.

When stdin is a terminal it is switched to raw mode for the session (restored on close),
so Ctrl-C, Ctrl-D, arrows and Tab reach the device as bytes, like a serial terminal
program would pass them; Ctrl-] (the key mpremote and miniterm use) leaves, since the
device's own keys cannot.  A pipe works too: the console's input ends with the pipe.
"""

from __future__ import annotations

import os
import select
import sys
import termios
import threading
import tty

from firmware.console.base import Console

__all__ = ["EXIT_KEY", "StdioConsole"]

#: Ctrl-]: ends the session on a terminal.
EXIT_KEY = b"\x1d"


class StdioConsole(Console):
    """A console on file descriptors ``in_fd``/``out_fd`` (default: stdin/stdout)."""

    where = "stdio"

    def __init__(self, in_fd: int | None = None, out_fd: int | None = None) -> None:
        super().__init__()
        self.in_fd = sys.stdin.fileno() if in_fd is None else in_fd
        self.out_fd = sys.stdout.fileno() if out_fd is None else out_fd
        self._saved = None
        self._closing = False
        self._thread = threading.Thread(target=self._reader, name="mote-stdio", daemon=True)

    def start(self) -> None:
        if os.isatty(self.in_fd):
            self._saved = termios.tcgetattr(self.in_fd)
            tty.setraw(self.in_fd)
        self._thread.start()

    def _reader(self) -> None:
        while not self._closing:
            try:
                ready, _, _ = select.select([self.in_fd], [], [], 0.25)
                if not ready:
                    continue
                data = os.read(self.in_fd, 4096)
            except OSError:
                break
            if not data:
                break
            if self._saved is not None and EXIT_KEY in data:
                self.feed(data[:data.index(EXIT_KEY)])
                break
            self.feed(data)
        self.feed_eof()

    def _send(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self.out_fd, view):]
            except BlockingIOError:
                select.select([], [self.out_fd], [], 1.0)
            except OSError:
                return

    def close(self) -> None:
        self._closing = True
        if self._saved is not None:
            termios.tcsetattr(self.in_fd, termios.TCSADRAIN, self._saved)
            self._saved = None
        super().close()
