"""``mote eval --port P EXPR``: print the repr of an expression evaluated on the board."""

from __future__ import annotations

import sys

from tools.client.commands.common import add_port_arguments, open_board
from tools.client.errors import DeviceError

HELP = "evaluate an expression on a board and print its repr"


def configure(parser) -> None:
    add_port_arguments(parser)
    parser.add_argument("expression", help="MicroPython expression")


def run(args) -> int:
    with open_board(args, "eval") as board:
        try:
            print(board.eval_repr(args.expression))
        except DeviceError as exc:
            sys.stderr.write(exc.traceback)
            return 1
    return 0
