"""``mote ls --port P [:PATH]``: list a directory on the board (size, name; dirs end /)."""

from __future__ import annotations

from tools.client.commands.common import add_port_arguments, fail, open_board
from tools.client.commands.paths import remote
from tools.client.errors import DeviceError
from tools.client.fs import describe

HELP = "list a directory on a board"


def configure(parser) -> None:
    add_port_arguments(parser)
    parser.add_argument("path", nargs="?", default=":", help="board directory (default :)")


def run(args) -> int:
    path = remote(args.path)
    with open_board(args, "ls") as board:
        try:
            entries = board.ls(path)
        except DeviceError as exc:
            return fail("ls", describe(exc, path))
    for entry in entries:
        print(f"{entry.size:>12} {entry.name}{'/' if entry.is_dir else ''}")
    return 0
