"""A pseudo-terminal console: the device's UART as ``/dev/pts/N``.

Host tools open the slave side as they would a USB serial port (pyserial, ``screen``,
``mpremote connect /dev/pts/N``).  The slave is put in raw mode (no echo, no newline
translation: the REPL protocols are byte-exact) and the console keeps its own slave
descriptor open, so clients can come and go without the master seeing a hang-up.

Output is written with a bounded wait: a real UART transmits whether or not anyone
listens, so when no client drains the terminal for a while, output is dropped rather
than stalling the device (the next write that fits goes through again).
"""

from __future__ import annotations

import os
import select
import threading
import tty

from firmware.console.base import Console

__all__ = ["PtyConsole"]

#: How long a write may wait for a client to drain the terminal before output is dropped.
STALL_SECONDS = 2.0


class PtyConsole(Console):
    """A console on a fresh pseudo-terminal pair."""

    def __init__(self) -> None:
        super().__init__()
        self.master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.path = os.ttyname(self._slave)
        self.where = self.path
        os.set_blocking(self.master, False)
        self._stalled = False
        self._closing = False
        self._thread = threading.Thread(target=self._reader, name="mote-pty", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _reader(self) -> None:
        while not self._closing:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.25)
                if not ready:
                    continue
                data = os.read(self.master, 4096)
            except BlockingIOError:
                continue
            except OSError:
                break
            if data:
                self.feed(data)
        self.feed_eof()

    def _send(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            wait = 0.0 if self._stalled else STALL_SECONDS
            try:
                _, ready, _ = select.select([], [self.master], [], wait)
            except (OSError, ValueError):
                return
            if not ready:
                self._stalled = True
                return
            self._stalled = False
            try:
                n = os.write(self.master, view)
            except BlockingIOError:
                continue
            except OSError:
                return
            view = view[n:]

    def close(self) -> None:
        self._closing = True
        if self._thread.is_alive():
            self._thread.join(1.0)
        for fd in (self.master, self._slave):
            try:
                os.close(fd)
            except OSError:
                pass
        super().close()
