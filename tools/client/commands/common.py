"""What every board subcommand shares: the ``--port`` option and opening the board with
errors turned into one-line messages (never a host traceback)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

from tools.client.board import Board
from tools.client.errors import ClientError, DeviceError

__all__ = ["add_port_arguments", "fail", "open_board"]


def add_port_arguments(parser) -> None:
    parser.add_argument("--port", "-p", default=os.environ.get("MOTE_PORT"),
                        help="serial device, pty path or socket://HOST:PORT "
                             "(default: $MOTE_PORT)")
    parser.add_argument("--baudrate", type=int, default=115200)
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="seconds to wait for the board to answer (default 10)")


def fail(command: str, message: str) -> int:
    sys.stderr.write(f"mote {command}: {message}\n")
    return 1


@contextlib.contextmanager
def open_board(args, command: str) -> Iterator[Board]:
    """The board on ``args.port``; ``SystemExit(1)`` with a message if it cannot be used."""
    if not args.port:
        raise SystemExit(fail(command, "no port given (use --port or set MOTE_PORT)"))
    try:
        board = Board.connect(args.port, baudrate=args.baudrate, timeout=args.timeout)
    except ClientError as exc:
        raise SystemExit(fail(command, str(exc))) from None
    try:
        yield board
    except DeviceError:
        raise
    except ClientError as exc:
        raise SystemExit(fail(command, str(exc))) from None
    finally:
        board.close()
