"""MicroPython's raw REPL and raw-paste protocols, host side.

The facts (from MicroPython's docs/reference/repl.rst and its host tools):

* Ctrl-C (``\\x03``) interrupts running code; Ctrl-A (``\\x01``) at the friendly REPL
  enters the raw REPL, which answers ``raw REPL; CTRL-B to exit\\r\\n>``; Ctrl-B
  (``\\x02``) returns to the friendly REPL; Ctrl-D (``\\x04``) at an empty raw prompt is a
  soft reset, announced by ``soft reboot\\r\\n`` and followed by the raw banner again.
* Standard raw mode: the host sends the program then Ctrl-D; the device acknowledges
  with ``OK``, runs it, and sends its stdout, ``\\x04``, its stderr (a traceback),
  ``\\x04``, then the ``>`` prompt.
* Raw-paste mode: at the raw prompt the host sends ``\\x05A\\x01``.  ``R\\x01`` means
  supported, followed by a 16-bit little-endian window size; the host may send that
  many bytes, and the device sends ``\\x01`` each time another window's worth may be
  sent.  A ``\\x04`` from the device asks the host to stop; the host ends its data with
  ``\\x04`` and the device acknowledges with ``\\x04`` before running the program and
  answering as in standard raw mode.  ``R\\x00`` means understood but unsupported; a
  device predating raw-paste takes the ``\\x01`` as Ctrl-A and prints its raw banner
  again.  Either way the host falls back to standard raw mode.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Callable
from dataclasses import dataclass

from tools.client.errors import ProtocolError, TransportError
from tools.client.link import Link

__all__ = ["RAW_BANNER", "ExecResult", "RawREPL"]

CTRL_A, CTRL_B, CTRL_C, CTRL_D, CTRL_E = b"\x01", b"\x02", b"\x03", b"\x04", b"\x05"
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"
SOFT_REBOOT = b"soft reboot\r\n"
RAW_PASTE_REQUEST = b"\x05A\x01"
RAW_PASTE_SUPPORTED, RAW_PASTE_UNSUPPORTED = b"R\x01", b"R\x00"

#: Standard raw mode: bytes per write and the pause between writes, because a real
#: board's receive buffer is small and the standard mode has no flow control.
RAW_CHUNK, RAW_CHUNK_PAUSE = 256, 0.01


@dataclass
class ExecResult:
    """What a program sent back: its stdout and its stderr (a traceback, or empty)."""

    stdout: bytes
    stderr: bytes

    @property
    def failed(self) -> bool:
        return bool(self.stderr)


class RawREPL:
    """Drives a board's raw REPL over a ``Link``.

    ``timeout`` bounds every wait for protocol bytes; program output is waited for up to
    the ``timeout`` given to :meth:`exec` (``None``: as long as the program runs).
    """

    def __init__(self, link: Link, timeout: float = 10.0) -> None:
        self.link = link
        self.timeout = timeout
        self.in_raw_repl = False
        #: ``None`` until the device has answered a raw-paste request.
        self.raw_paste: bool | None = None
        self._pending = bytearray()

    # ## Reading

    def _fill(self, timeout: float | None) -> bool:
        data = self.link.read_available(timeout)
        self._pending += data
        return bool(data)

    def read_until(self, ending: bytes, timeout: float | None,
                   on_data: Callable[[bytes], None] | None = None) -> bytes:
        """Bytes up to and including ``ending``.  ``timeout`` is a quiet-time limit: it
        restarts whenever bytes arrive, so a chatty long program is not cut off.
        ``on_data`` is handed the bytes before ``ending`` as they arrive."""
        scan_from = streamed = 0
        while True:
            found = self._pending.find(ending, scan_from)
            if found >= 0:
                end = found + len(ending)
                data = bytes(self._pending[:end])
                del self._pending[:end]
                if on_data is not None and found > streamed:
                    on_data(data[streamed:found])
                return data
            # The ending could still start in its last len(ending)-1 bytes.
            scan_from = max(0, len(self._pending) - len(ending) + 1)
            if on_data is not None and scan_from > streamed:
                on_data(bytes(self._pending[streamed:scan_from]))
                streamed = scan_from
            if not self._fill(timeout):
                raise TransportError(
                    f"timed out after {timeout}s waiting for {ending!r}; "
                    f"received {bytes(self._pending[-200:])!r}")

    def read_exactly(self, count: int, timeout: float | None) -> bytes:
        """Exactly ``count`` bytes (or ``TransportError`` after ``timeout`` of quiet)."""
        while len(self._pending) < count:
            if not self._fill(timeout):
                raise TransportError(
                    f"timed out after {timeout}s waiting for {count} bytes; "
                    f"received {bytes(self._pending)!r}")
        data = bytes(self._pending[:count])
        del self._pending[:count]
        return data

    def drain(self, quiet: float = 0.1, limit: float = 2.0) -> bytes:
        """Discard input until the link has been quiet for ``quiet`` seconds (or for at
        most ``limit`` seconds, should a program keep printing)."""
        data = bytes(self._pending)
        self._pending.clear()
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            more = self.link.read_available(quiet)
            if not more:
                break
            data += more
        return data

    # ## Modes

    def interrupt(self) -> None:
        """Stop whatever runs (two Ctrl-C, as a program may catch the first)."""
        self.link.write(b"\r" + CTRL_C)
        time.sleep(0.05)
        self.link.write(CTRL_C)
        self.drain()

    def enter(self, soft_reset: bool = False) -> None:
        """Interrupt any running program and enter the raw REPL, leaving the device at
        the raw prompt.  ``soft_reset`` also resets the interpreter (fresh globals,
        ``boot.py`` re-run; ``main.py`` is skipped in raw mode)."""
        self.interrupt()
        self.link.write(b"\r" + CTRL_A)
        try:
            self.read_until(RAW_BANNER + b">", self.timeout)
        except TransportError as exc:
            raise ProtocolError(f"could not enter the raw REPL: {exc}") from None
        self.in_raw_repl = True
        if soft_reset:
            self.soft_reset()

    def soft_reset(self) -> None:
        """Soft-reset from the raw prompt; returns at the raw prompt again."""
        self.link.write(CTRL_D)
        try:
            self.read_until(SOFT_REBOOT, self.timeout)
            self.read_until(RAW_BANNER + b">", self.timeout)
        except TransportError as exc:
            raise ProtocolError(f"soft reset did not complete: {exc}") from None

    def exit(self) -> None:
        """Back to the friendly REPL (Ctrl-B)."""
        self.link.write(b"\r" + CTRL_B)
        self.in_raw_repl = False
        self.drain()

    # ## Running code

    def exec(self, code: bytes, timeout: float | None = None,
             on_output: Callable[[bytes], None] | None = None) -> ExecResult:
        """Send ``code`` at the raw prompt, run it, and collect its stdout and stderr.

        ``on_output`` receives stdout as it arrives (for streaming to a terminal).
        ``timeout`` limits quiet time while the program runs; on expiry the program is
        interrupted and ``TransportError`` raised.  A host Ctrl-C is passed on to the
        device (whose traceback then says ``KeyboardInterrupt``).
        """
        if not self.in_raw_repl:
            raise ProtocolError("not in the raw REPL (call enter() first)")
        self.send_program(code)
        return self.follow(timeout, on_output)

    def send_program(self, code: bytes) -> None:
        """Transfer ``code`` (raw-paste if the device has it) and have it started."""
        if self.raw_paste is not False:
            self.link.write(RAW_PASTE_REQUEST)
            answer = self.read_exactly(2, self.timeout)
            if answer == RAW_PASTE_SUPPORTED:
                self.raw_paste = True
                self._raw_paste_write(code)
                return
            if answer != RAW_PASTE_UNSUPPORTED:
                # A device without raw-paste read our Ctrl-A as "enter raw REPL" and
                # printed its banner again: the 2 bytes are the banner's start.
                self.read_until(RAW_BANNER[2:] + b">", self.timeout)
            self.raw_paste = False
        for start in range(0, len(code), RAW_CHUNK):
            self.link.write(code[start:start + RAW_CHUNK])
            if len(code) > RAW_CHUNK:
                time.sleep(RAW_CHUNK_PAUSE)
        self.link.write(CTRL_D)
        answer = self.read_exactly(2, self.timeout)
        if answer != b"OK":
            raise ProtocolError(f"the device did not accept the program: {answer!r}")

    def _raw_paste_write(self, code: bytes) -> None:
        window = struct.unpack("<H", self.read_exactly(2, self.timeout))[0]
        if window == 0:
            raise ProtocolError("raw-paste: the device offered a window of 0 bytes")
        credit = window
        sent = 0
        while sent < len(code):
            # Take any flow-control bytes already here; block for them if out of credit.
            while credit == 0 or self._pending or self._fill(0):
                signal = self.read_exactly(1, self.timeout)
                if signal == b"\x01":
                    credit += window
                elif signal == CTRL_D:
                    # The device ended the transfer early: acknowledge, then it reports.
                    self.link.write(CTRL_D)
                    return
                else:
                    raise ProtocolError(f"raw-paste: unexpected byte from device {signal!r}")
            chunk = code[sent:sent + credit]
            self.link.write(chunk)
            sent += len(chunk)
            credit -= len(chunk)
        self.link.write(CTRL_D)
        # The device may still send window credit before it acknowledges the end.
        tail = self.read_until(CTRL_D, self.timeout)
        if tail.strip(b"\x01") != CTRL_D:
            raise ProtocolError(f"raw-paste: could not complete the transfer: {tail!r}")

    def follow(self, timeout: float | None = None,
               on_output: Callable[[bytes], None] | None = None) -> ExecResult:
        """Collect a started program's stdout and stderr; leaves the device at ``>``."""
        try:
            stdout = self.read_until(CTRL_D, timeout, on_output)[:-1]
        except TransportError:
            self._abandon()
            raise
        except KeyboardInterrupt:
            # Let the device raise KeyboardInterrupt in the program, then finish reading.
            self.link.write(CTRL_C)
            stdout = self.read_until(CTRL_D, self.timeout, on_output)[:-1]
        stderr = self.read_until(CTRL_D, self.timeout)[:-1]
        self.read_until(b">", self.timeout)
        return ExecResult(stdout, stderr)

    def _abandon(self) -> None:
        # A program that went quiet too long: stop it and resynchronise at the prompt.
        try:
            self.interrupt()
            self.link.write(b"\r" + CTRL_A)
            self.read_until(RAW_BANNER + b">", self.timeout)
        except TransportError:
            self.in_raw_repl = False
