"""``mote``: the everyday loop — build a board's firmware, run an app on it, size it.

Commands (a table, as mpremote's; a command with a module of its own lives in
``tools/cli/<name>.py``): ``build``, ``run``, ``size``.

    mote build [--board B]                 scons BOARD=B -> build/B/firmware.elf
    mote run [--board B] [--exit] [--console stdio|pty|tcp:PORT] [APP]
                                           build, put APP on the board's flash, boot, REPL
    mote size [--board B]                  the image's size report against the budgets
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _default_board() -> str:
    from boards.registry import DEFAULT_BOARD
    return DEFAULT_BOARD


def _build_dir(board: str) -> Path:
    return REPO / "build" / board


def cmd_build(args) -> int:
    """Build the board's image with SCons (incremental)."""
    scons = Path(sys.executable).with_name("scons")
    cmd = [str(scons) if scons.exists() else "scons", "-Q", f"BOARD={args.board}"]
    proc = subprocess.run(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout)
        sys.stderr.write(f"mote: build of board '{args.board}' failed\n")
    elif args.verbose:
        sys.stdout.write(proc.stdout)
    return proc.returncode


def cmd_size(args) -> int:
    """Print the image's size report (tools/fwinfo.py)."""
    status = cmd_build(args)
    if status:
        return status
    from tools import fwinfo
    return fwinfo.main([str(_build_dir(args.board) / "firmware.elf")]) or 0


#: name -> (command, help); a command with a module of its own (``configure(parser)``,
#: ``run(args)``) is wrapped in a ``Command``.
COMMANDS = {
    "build": (cmd_build, "build the board's firmware image"),
    "size": (cmd_size, "size report of the board's image against its budgets"),
}

# Board client and HIL subcommands (repl, exec, eval, run-file, ls, cat, cp, rm, mkdir,
# test): one module each under tools/client/commands and tools/hil.
from tools.client.commands import COMMANDS as _CLIENT_COMMANDS, Command  # noqa: E402

COMMANDS.update(_CLIENT_COMMANDS)
COMMANDS["run"] = (Command("tools.cli.run"), "build, put an app on the board's flash, "
                   "boot it and serve its REPL")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mote", description="Python for the Internet of Things")
    sub = p.add_subparsers(dest="command", required=True)
    for name, (fn, help_) in COMMANDS.items():
        sp = sub.add_parser(name, help=help_)
        sp.add_argument("--board", default=None, help="board name (default: pyboard)")
        sp.add_argument("-v", "--verbose", action="store_true")
        if hasattr(fn, "configure"):
            fn.configure(sp)
        sp.set_defaults(fn=fn)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.board is None:
        args.board = _default_board()
    os.environ.setdefault("MOTE_DIR", str(REPO))
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
