"""The raw REPL and its raw-paste mode, byte-compatible with MicroPython's.

Raw REPL (entered with Ctrl-A): the device prints ``raw REPL; CTRL-B to exit\\r\\n>``;
the host sends code and Ctrl-D; the device answers ``OK``, runs it and sends its output,
``\\x04``, the error output and ``\\x04``, then the ``>`` prompt.  Ctrl-D on an empty
buffer soft-resets (``OK\\r\\n`` first), Ctrl-C clears the buffer, Ctrl-B goes back to the
friendly REPL, Ctrl-A restarts the raw REPL.  Every other byte is taken as code.

Raw-paste (``\\x05A\\x01`` at the raw prompt): the device answers ``R\\x01``, its window
size as two bytes little-endian, and ``\\x01`` (one window free).  It then sends ``\\x01``
each time it has consumed another window of code, so the host never overruns its
buffer.  The host ends with ``\\x04`` (or aborts with Ctrl-C); the device acknowledges with
``\\x04``, runs the code and frames the output as in the raw REPL.
"""

from __future__ import annotations

import struct

from firmware.repl.execute import FORCED_EXIT, UNHANDLED_EXCEPTION
from firmware.repl.readline import CTRL_A, CTRL_B, CTRL_C, CTRL_D, CTRL_E

__all__ = ["RAW_BANNER", "raw_repl"]

RAW_BANNER = "raw REPL; CTRL-B to exit\r\n"


def raw_repl(session) -> int:
    """Serve the raw REPL until Ctrl-B (returns 0) or a soft reset (FORCED_EXIT)."""
    from firmware.repl.session import FRIENDLY
    console = session.console
    session.write(RAW_BANNER)
    line = bytearray()
    session.write(">")
    while True:
        c = console.read_byte()
        if c is None:
            continue
        if c == CTRL_A:
            if len(line) == 2 and line[0] == CTRL_E:
                status = _raw_paste(session, line[1])
                if status & FORCED_EXIT:
                    return status
                line.clear()
                session.write(">")
                continue
            line.clear()
            session.write(RAW_BANNER + ">")
        elif c == CTRL_B:
            session.write("\r\n")
            session.mode = FRIENDLY
            return 0
        elif c == CTRL_C:
            line.clear()
        elif c == CTRL_D:
            session.write("OK")
            if not line:
                session.write("\r\n")
                return FORCED_EXIT
            status = session.executor.execute(bytes(line), "file", print_eof=True)
            if status & FORCED_EXIT:
                return status
            line.clear()
            session.write(">")
        else:
            line.append(c)
            # Take the rest of a burst in one go (plain code bytes only).
            more = console.read_some(4096, timeout=0)
            cut = next((i for i, b in enumerate(more) if b <= CTRL_E), len(more))
            line += more[:cut]
            console.unread(more[cut:])


def _raw_paste(session, command: int) -> int:
    if command != ord("A"):
        session.write(b"R\x00")  # a raw-paste command this device does not know
        return 0
    console = session.console
    window = session.window
    session.write(b"R\x01" + struct.pack("<H", window) + b"\x01")
    code = bytearray()
    remain = window
    end = None
    while end is None:
        chunk = console.read_some(remain)
        stop = next((i for i, b in enumerate(chunk) if b in (CTRL_C, CTRL_D)), -1)
        if stop >= 0:
            end = chunk[stop]
            console.unread(chunk[stop + 1:])
            chunk = chunk[:stop]
        code += chunk
        remain -= len(chunk)
        if remain == 0 and end is None:
            console.write(b"\x01")  # another window is free
            remain = window
    console.write(b"\x04")  # end of data acknowledged
    if end == CTRL_C:
        def interrupted() -> None:
            raise KeyboardInterrupt()
        status = session.executor.run(interrupted, print_eof=True, interruptible=False)
        return status & ~UNHANDLED_EXCEPTION
    return session.executor.execute(bytes(code), "file", print_eof=True)
