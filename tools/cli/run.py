"""``mote run``: build a board, put an app on its flash, boot it and serve its console.

    mote run [--board B] [--exit] [--console stdio|pty|tcp:PORT] [--flash IMG] [APP]

Without ``--exit`` the device boots (``boot.py``, ``main.py``) and serves its REPL on the
console until stopped (Ctrl-C or SIGTERM for ``pty``/``tcp``; on ``stdio`` Ctrl-C and
Ctrl-D are the device's own keys, so a terminal leaves with Ctrl-], a pipe at its end).  For
``pty`` and ``tcp`` the first line printed is ``console: <path or tcp:host:port>``.
With ``--exit`` it ends when ``main.py`` ends: status 1 after an uncaught exception.
"""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "build, put an app on the board's flash, boot it and serve its REPL"


def configure(p) -> None:
    p.add_argument("--exit", action="store_true",
                   help="end when main.py ends; status 1 on an uncaught exception")
    p.add_argument("--console", default="stdio",
                   help="where the REPL is served: stdio (default), pty, tcp:PORT")
    p.add_argument("--flash", default=None,
                   help="the flash image to use (default build/<board>/flash.img)")
    p.add_argument("--no-build", action="store_true",
                   help="boot the existing image without running the build")
    p.add_argument("app", nargs="?", help="app directory (or one .py file)")


def _app_files(app: Path) -> dict[str, bytes]:
    if app.is_file():
        return {"main.py": app.read_bytes()}
    files = {}
    for path in sorted(app.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            files[path.relative_to(app).as_posix()] = path.read_bytes()
    return files


def run(args) -> int:
    from tools.mote import REPO, cmd_build
    out = REPO / "build" / args.board
    if not (args.no_build and (out / "firmware.elf").is_file()):
        status = cmd_build(args)
        if status:
            return status
    from firmware.device import Device, FlashInUse
    flash = Path(args.flash) if args.flash else out / "flash.img"
    # The work folder (the flash mirror, frozen modules) goes with the flash image: one
    # device per image, claimed for the whole run.
    work = flash.with_name(flash.name + ".run")
    device = Device(out / "firmware.elf", flash, work)
    try:
        device.claim()
    except FlashInUse as exc:
        sys.stderr.write(f"mote: {exc}\n")
        return 2
    try:
        return _serve(device, args)
    finally:
        device.release()


def _serve(device, args) -> int:
    from firmware.console import ConsoleSpecError, open_console
    if args.app is not None:
        app = Path(args.app)
        if not app.exists():
            sys.stderr.write(f"mote: no such app: {app}\n")
            return 2
        device.put_files(_app_files(app))
        if app.is_dir():
            from drivers.hardware import wiring_parts
            device.parts = wiring_parts(app, args.board)  # off-board parts (wiring.json)
    if args.exit:
        return 1 if device.boot().status else 0
    try:
        console = open_console(args.console)
    except (ConsoleSpecError, OSError) as exc:
        sys.stderr.write(f"mote: {exc}\n")
        return 2
    if console.where != "stdio":
        print(f"console: {console.where}", flush=True)
    device.serve(console, stop_signals=True)
    return 0
