"""``mote run-file --port P FILE``: run a local script on the board without copying it."""

from __future__ import annotations

from pathlib import Path

from tools.client.commands.common import add_port_arguments, fail, open_board
from tools.client.commands.exec_code import run_streaming

HELP = "run a local script on a board (not copied to its filesystem)"


def configure(parser) -> None:
    add_port_arguments(parser)
    parser.add_argument("file", help="local .py file")


def run(args) -> int:
    path = Path(args.file)
    if not path.is_file():
        return fail("run-file", f"no such file: {path}")
    with open_board(args, "run-file") as board:
        return run_streaming(board, path.read_bytes())
