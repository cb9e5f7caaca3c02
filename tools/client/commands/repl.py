"""``mote repl --port P``: a terminal on the board's REPL; Ctrl-] leaves.

Keys go to the board unchanged (the terminal is put in raw mode, so Ctrl-C, Ctrl-D,
Ctrl-E ... reach the board's REPL, as with mpremote or ``screen``), and the board's
output comes back unchanged.  Only Ctrl-] (``\\x1d``) is ours: it ends the session.
"""

from __future__ import annotations

import os
import select
import sys
import termios
import threading
import tty

from tools.client.commands.common import add_port_arguments, fail
from tools.client.errors import ClientError, TransportError
from tools.client.link import open_link

HELP = "a terminal on a board's REPL (exit with Ctrl-])"

EXIT_KEY = b"\x1d"  # Ctrl-]


def configure(parser) -> None:
    add_port_arguments(parser)


def _pump_output(link, out_fd: int, stop: threading.Event, lost: list) -> None:
    while not stop.is_set():
        try:
            data = link.read_available(0.05)
        except TransportError as exc:
            lost.append(str(exc))
            stop.set()
            return
        if data:
            os.write(out_fd, data)


def passthrough(link, in_fd: int, out_fd: int) -> str | None:
    """Connect ``in_fd``/``out_fd`` to ``link`` until Ctrl-] (or the input or the link
    ends).  Returns why the link was lost, or ``None`` after a normal exit."""
    stop = threading.Event()
    lost: list[str] = []
    pump = threading.Thread(target=_pump_output, args=(link, out_fd, stop, lost), daemon=True)
    pump.start()
    try:
        while not stop.is_set():
            ready, _, _ = select.select([in_fd], [], [], 0.05)
            if not ready:
                continue
            data = os.read(in_fd, 1024)
            if not data:
                break  # input closed (a pipe): nothing more will be typed
            key = data.find(EXIT_KEY)
            if key >= 0:
                if key:
                    link.write(data[:key])
                break
            link.write(data)
    finally:
        stop.set()
        pump.join(1)
    return lost[0] if lost else None


def run(args) -> int:
    if not args.port:
        return fail("repl", "no port given (use --port or set MOTE_PORT)")
    try:
        link = open_link(args.port, args.baudrate)
    except ClientError as exc:
        return fail("repl", str(exc))
    in_fd, out_fd = sys.stdin.fileno(), sys.stdout.fileno()
    saved = termios.tcgetattr(in_fd) if os.isatty(in_fd) else None
    sys.stderr.write(f"Connected to {args.port}; exit with Ctrl-]\r\n")
    sys.stderr.flush()
    try:
        if saved is not None:
            tty.setraw(in_fd)
        lost = passthrough(link, in_fd, out_fd)
    except ClientError as exc:
        lost = str(exc)
    finally:
        if saved is not None:
            termios.tcsetattr(in_fd, termios.TCSADRAIN, saved)
        link.close()
    if lost:
        return fail("repl", f"connection lost: {lost}")
    sys.stderr.write("\n")
    return 0
