"""``mote rm --port P [-r] :PATH...``: remove files (and with -r, directories) on the board."""

from __future__ import annotations

from tools.client.commands.common import add_port_arguments, fail, open_board
from tools.client.commands.paths import join, remote
from tools.client.errors import DeviceError
from tools.client.fs import describe

HELP = "remove files or directories on a board"


def configure(parser) -> None:
    add_port_arguments(parser)
    parser.add_argument("-r", "--recursive", action="store_true",
                        help="remove directories and their contents")
    parser.add_argument("paths", nargs="+", help="board paths")


def remove_tree(board, path: str) -> None:
    """Remove ``path``: a file, or (recursively) a directory."""
    if board.stat(path).is_dir:
        for entry in board.ls(path):
            remove_tree(board, join(path, entry.name))
        board.rmdir(path)
    else:
        board.rm(path)


def run(args) -> int:
    status = 0
    with open_board(args, "rm") as board:
        for arg in args.paths:
            path = remote(arg)
            try:
                if args.recursive:
                    remove_tree(board, path)
                else:
                    board.rm(path)
            except DeviceError as exc:
                status = fail("rm", describe(exc, path))
    return status
