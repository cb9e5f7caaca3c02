"""``mote cp --port P [-r] SRC... DST``: copy files between host and board.

A ``:`` prefix names a board path (``mote cp main.py :`` puts ``main.py`` in the board's
current directory; ``mote cp :log.txt .`` fetches it).  A destination that is a
directory receives each source under its own name; ``-r`` copies directory trees.
"""

from __future__ import annotations

from pathlib import Path

from tools.client.commands.common import add_port_arguments, fail, open_board
from tools.client.commands.paths import is_remote, join, remote
from tools.client.errors import DeviceError
from tools.client.fs import describe

HELP = "copy files between the host and a board (':path' is on the board)"


def configure(parser) -> None:
    add_port_arguments(parser)
    parser.add_argument("-r", "--recursive", action="store_true", help="copy directories")
    parser.add_argument("sources", nargs="+", metavar="SRC")
    parser.add_argument("destination", metavar="DST")


def _put_tree(board, local: Path, target: str) -> None:
    if local.is_dir():
        if not board.exists(target):
            board.mkdir(target)
        for child in sorted(local.iterdir()):
            _put_tree(board, child, join(target, child.name))
    else:
        board.put(local, target)


def _get_tree(board, source: str, local: Path) -> None:
    if board.stat(source).is_dir:
        local.mkdir(exist_ok=True)
        for entry in board.ls(source):
            _get_tree(board, join(source, entry.name), local / entry.name)
    else:
        board.get(source, local)


def _remote_target(board, dst: str, name: str, many: bool) -> str:
    path = remote(dst)
    if dst in (":", ":/") or dst.endswith("/") or many or (
            board.exists(path) and board.stat(path).is_dir):
        return join(path, name)
    return path


def _copy(board, src: str, dst: str, many: bool, recursive: bool) -> None:
    if is_remote(src) == is_remote(dst):
        raise ValueError(f"one of '{src}' and '{dst}' must be on the board (':path')")
    if not is_remote(src):
        local = Path(src)
        if not local.exists():
            raise ValueError(f"no such file: {local}")
        if local.is_dir() and not recursive:
            raise ValueError(f"{local} is a directory (use -r)")
        _put_tree(board, local, _remote_target(board, dst, local.name, many))
        return
    source = remote(src)
    name = source.rstrip("/").rsplit("/", 1)[-1]
    target = Path(dst)
    if target.is_dir():
        target = target / name
    if board.stat(source).is_dir and not recursive:
        raise ValueError(f":{source} is a directory (use -r)")
    _get_tree(board, source, target)


def run(args) -> int:
    status = 0
    with open_board(args, "cp") as board:
        for src in args.sources:
            try:
                _copy(board, src, args.destination, len(args.sources) > 1, args.recursive)
            except ValueError as exc:
                status = fail("cp", str(exc))
            except DeviceError as exc:
                status = fail("cp", describe(exc, remote(src) if is_remote(src)
                                             else remote(args.destination)))
    return status
