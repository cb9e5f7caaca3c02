"""A raw-REPL device on a real pseudo-terminal, for testing the client's protocol paths.

It speaks MicroPython's raw REPL as documented (banner, ``OK``, stdout ``\\x04`` stderr
``\\x04`` ``>``, soft reset with Ctrl-D) and raw-paste in three variants a client meets
in the field: ``"supported"`` (``R\\x01`` + window, flow control), ``"refused"``
(``R\\x00``) and ``"ancient"`` (a device predating raw-paste: the request's ``\\x01`` is
read as Ctrl-A).  Programs run in CPython, with MicroPython-shaped tracebacks.  The
emulated boards are tested in test_board_emulator.py; this device exists for the variants
an emulator never shows and for a window small enough to exercise flow control.
"""

from __future__ import annotations

import contextlib
import io
import os
import select
import struct
import threading
import traceback
import tty

BANNER = b"raw REPL; CTRL-B to exit\r\n>"


class ProtocolDevice:
    def __init__(self, raw_paste: str = "supported", window: int = 32) -> None:
        self.raw_paste = raw_paste
        self.window = window
        self.master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.path = os.ttyname(self._slave)
        self.globals: dict = {}
        self.raw = False
        self.programs: list[bytes] = []  # every program run, as received
        self.pasted = 0  # programs received through raw-paste
        self.max_unacknowledged = 0  # most bytes received beyond the granted window
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop = True
        self._thread.join(2)
        os.close(self.master)
        os.close(self._slave)

    # ## I/O

    def _send(self, data: bytes) -> None:
        os.write(self.master, data)

    def _bytes(self):
        while not self._stop:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.master, 4096)
                except OSError:
                    return
                yield from data

    # ## The REPL

    def _serve(self) -> None:
        source = self._bytes()
        buf = bytearray()
        for byte in source:
            if not self.raw:
                if byte == 0x01:
                    self.raw = True
                    buf.clear()
                    self._send(b"\r\n" + BANNER)
                continue
            if byte == 0x01:
                buf.clear()
                self._send(b"\r\n" + BANNER)
            elif byte == 0x02:
                self.raw = False
                self._send(b"\r\nMicroPython (protocol device)\r\n>>> ")
            elif byte == 0x03:
                buf.clear()
            elif byte == 0x04 and not buf:
                self.globals = {}
                self._send(b"soft reboot\r\n" + BANNER)
            elif byte == 0x04:
                self._send(b"OK")
                self._run(bytes(buf))
                buf.clear()
            elif byte == 0x01 + 0x40 and buf == b"\x05" and self.raw_paste != "ancient":
                buf.clear()
                self._raw_paste_request(source)
            else:
                buf.append(byte)

    def _raw_paste_request(self, source) -> None:
        if next(source) != 0x01:
            return
        if self.raw_paste == "refused":
            self._send(b"R\x00")
            return
        self._send(b"R\x01" + struct.pack("<H", self.window))
        program = bytearray()
        credit = self.window
        for byte in source:
            if byte == 0x04:
                break
            program.append(byte)
            credit -= 1
            self.max_unacknowledged = max(self.max_unacknowledged, -credit)
            if credit <= 0 and len(program) % self.window == 0:
                credit += self.window
                self._send(b"\x01")
        self._send(b"\x04")
        self.pasted += 1
        self._run(bytes(program))

    def _run(self, program: bytes) -> None:
        self.programs.append(program)
        out = io.StringIO()
        err = ""
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(program.decode(), "<stdin>", "exec"), self.globals)
        except Exception as exc:  # the device reports, never dies
            frames = traceback.extract_tb(exc.__traceback__)[1:]
            lines = ["Traceback (most recent call last):"]
            lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
            lines.append(f"{type(exc).__name__}: {exc}")
            err = "\n".join(lines) + "\n"
        crlf = out.getvalue().replace("\n", "\r\n").encode()
        self._send(crlf + b"\x04" + err.replace("\n", "\r\n").encode() + b"\x04>")
