"""``mote mkdir --port P :PATH...``: create directories on the board."""

from __future__ import annotations

from tools.client.commands.common import add_port_arguments, fail, open_board
from tools.client.commands.paths import remote
from tools.client.errors import DeviceError
from tools.client.fs import describe

HELP = "create directories on a board"


def configure(parser) -> None:
    add_port_arguments(parser)
    parser.add_argument("paths", nargs="+", help="board directories")


def run(args) -> int:
    status = 0
    with open_board(args, "mkdir") as board:
        for arg in args.paths:
            path = remote(arg)
            try:
                board.mkdir(path)
            except DeviceError as exc:
                status = fail("mkdir", describe(exc, path))
    return status
