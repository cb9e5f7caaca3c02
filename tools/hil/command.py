"""``mote test --target <board | port> DIR...``: run test scripts on a board.

    mote test --target pyboard tests/hil_suite            # emulated pyboard over a pty
    mote test --target pyboard --console stdio tests/hil_suite
    mote test --target /dev/ttyACM0 --junit out.xml tests/hil_suite

Exit status 0 when every test passed or was skipped, 1 otherwise (2: bad arguments).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tools.client.errors import ClientError
from tools.hil.junit import write_junit
from tools.hil.progress import Progress
from tools.hil.runner import SCRIPT_TIMEOUT, discover, run_tests
from tools.hil.target import open_target

HELP = "run a directory of test scripts on an emulated or real board (HIL)"


def configure(parser) -> None:
    parser.add_argument("--target", "-t", default=None,
                        help="board name to emulate (default: --board or pyboard), or a "
                             "serial port / pty / socket://HOST:PORT of a running board")
    parser.add_argument("--console", choices=("pty", "stdio"), default="pty",
                        help="how to reach an emulated board (default pty)")
    parser.add_argument("--junit", metavar="FILE", help="write JUnit XML results to FILE")
    parser.add_argument("--timeout", type=float, default=SCRIPT_TIMEOUT,
                        help=f"seconds a script may stay silent (default {SCRIPT_TIMEOUT:g})")
    parser.add_argument("--no-reset", action="store_true",
                        help="do not soft-reset the board between scripts")
    parser.add_argument("paths", nargs="+", help="test directories or scripts")


def run(args) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        sys.stderr.write(f"mote test: no such file or directory: {', '.join(missing)}\n")
        return 2
    scripts = discover(paths)
    if not scripts:
        sys.stderr.write("mote test: no test scripts found\n")
        return 2
    try:
        target = open_target(args.target or args.board, console=args.console)
    except ValueError as exc:
        sys.stderr.write(f"mote test: {exc}\n")
        return 2
    progress = Progress(verbose=args.verbose)
    started = time.time()
    try:
        with target as board:
            summary = run_tests(board, scripts, timeout=args.timeout,
                                reset=not args.no_reset, on_result=progress.result)
    except ClientError as exc:
        sys.stderr.write(f"mote test: {target.description}: {exc}\n")
        return 1
    progress.finish(summary, target.description)
    if args.junit:
        suite = paths[0].resolve().name if len(paths) == 1 else "mote-hil"
        write_junit(args.junit, summary, suite, target.description, started)
    return 0 if summary.ok else 1
