"""``mote``: the everyday loop — build a board's firmware, run an app on it, size it.

Commands (a table, as mpremote's): ``build``, ``run``, ``size``.

    mote build [--board B]                 scons BOARD=B -> build/B/firmware.elf
    mote run [--board B] [--exit] [APP]    build, put APP's files on the board's flash, boot
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


def _app_files(app: Path) -> dict[str, bytes]:
    if app.is_file():
        return {"main.py": app.read_bytes()}
    files = {}
    for path in sorted(app.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            files[path.relative_to(app).as_posix()] = path.read_bytes()
    return files


def cmd_run(args) -> int:
    """Build, put the app on the board's flash, boot, stream the console."""
    status = cmd_build(args)
    if status:
        return status
    from firmware.device import Device
    out = _build_dir(args.board)
    device = Device(out / "firmware.elf", out / "flash.img", out / "run")
    if args.app is not None:
        app = Path(args.app)
        if not app.exists():
            sys.stderr.write(f"mote: no such app: {app}\n")
            return 2
        device.put_files(_app_files(app))
    result = device.boot()
    return 1 if result.status else 0


def cmd_size(args) -> int:
    """Print the image's size report (tools/fwinfo.py)."""
    status = cmd_build(args)
    if status:
        return status
    from tools import fwinfo
    return fwinfo.main([str(_build_dir(args.board) / "firmware.elf")]) or 0


COMMANDS = {
    "build": (cmd_build, "build the board's firmware image"),
    "run": (cmd_run, "build, put an app on the board's flash and boot it"),
    "size": (cmd_size, "size report of the board's image against its budgets"),
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mote", description="Python for the Internet of Things")
    sub = p.add_subparsers(dest="command", required=True)
    for name, (fn, help_) in COMMANDS.items():
        sp = sub.add_parser(name, help=help_)
        sp.add_argument("--board", default=None, help="board name (default: pyboard)")
        sp.add_argument("-v", "--verbose", action="store_true")
        if name == "run":
            sp.add_argument("--exit", action="store_true",
                            help="end when main.py ends; status 1 on an uncaught exception "
                                 "(until the REPL lands, every run ends there)")
            sp.add_argument("app", nargs="?", help="app directory (or one .py file)")
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
