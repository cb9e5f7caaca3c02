"""``mote cat --port P :PATH``: print a file on the board (bytes written unchanged)."""

from __future__ import annotations

import sys

from tools.client.commands.common import add_port_arguments, fail, open_board
from tools.client.commands.paths import remote
from tools.client.errors import DeviceError
from tools.client.fs import describe

HELP = "print a file on a board"


def configure(parser) -> None:
    add_port_arguments(parser)
    parser.add_argument("paths", nargs="+", help="board files")


def run(args) -> int:
    status = 0
    with open_board(args, "cat") as board:
        for arg in args.paths:
            path = remote(arg)
            try:
                data = board.read_file(path)
            except DeviceError as exc:
                status = fail("cat", describe(exc, path))
                continue
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
    return status
