"""``mote exec --port P CODE``: run a line of code on the board, streaming its output."""

from __future__ import annotations

import sys

from tools.client.commands.common import add_port_arguments, open_board
from tools.client.errors import DeviceError

HELP = "run code on a board (over its raw REPL) and print its output"


def configure(parser) -> None:
    add_port_arguments(parser)
    parser.add_argument("code", help="MicroPython code to run")


def stream(data: bytes) -> None:
    """Write device output to our stdout as it arrives (console newlines kept as \\n)."""
    sys.stdout.write(data.decode("utf-8", "replace").replace("\r\n", "\n"))
    sys.stdout.flush()


def run_streaming(board, code: bytes) -> int:
    """Run ``code``, stream stdout, print a device traceback on stderr; the exit status."""
    try:
        board.exec(code, on_output=stream)
    except DeviceError as exc:
        sys.stderr.write(exc.traceback)
        return 1
    return 0


def run(args) -> int:
    with open_board(args, "exec") as board:
        return run_streaming(board, args.code.encode())
