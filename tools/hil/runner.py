"""Run a directory of test scripts on a board and judge each against its expected output.

Like MicroPython's ``run-tests.py`` with a board target: before each script the board is
soft-reset (fresh interpreter, filesystem kept), the script is sent through the raw REPL,
and its output is compared with the expected output (``tools.hil.expected``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from tools.client.board import Board
from tools.client.errors import ClientError
from tools.hil.expected import SKIP as SKIP_OUTPUT
from tools.hil.expected import board_output, expected_output
from tools.hil.results import ERROR, FAIL, PASS, SKIP, Summary, TestResult

__all__ = ["discover", "run_one", "run_tests"]

#: Default limit on a script's quiet time on the board.
SCRIPT_TIMEOUT = 30.0


def discover(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """(script, name) for every ``*.py`` under the given directories or files, sorted;
    names are relative to the directory given.  Files starting with ``_`` are helpers."""
    found = []
    for path in paths:
        if path.is_file():
            found.append((path, path.name))
            continue
        for script in sorted(path.rglob("*.py")):
            if not script.name.startswith("_") and "__pycache__" not in script.parts:
                found.append((script, script.relative_to(path).as_posix()))
    return found


def run_one(board: Board, script: Path, name: str, *, timeout: float = SCRIPT_TIMEOUT,
            reset: bool = True) -> TestResult:
    """Run one script on ``board`` and judge it."""
    expected, source = expected_output(script, timeout)
    started = time.monotonic()
    try:
        if reset:
            if board.repl.in_raw_repl:
                board.soft_reset()
            else:
                board.enter_raw_repl(soft_reset=True)
        result = board.run(script.read_bytes(), timeout=timeout)
    except ClientError as exc:
        _resynchronise(board)
        return TestResult(name, ERROR, time.monotonic() - started, expected=expected,
                          expected_from=source, message=str(exc))
    seconds = time.monotonic() - started
    output = board_output(result.stdout, result.stderr)
    if output == SKIP_OUTPUT:
        return TestResult(name, SKIP, seconds, output, expected, source, "SKIP")
    status = PASS if output == expected else FAIL
    return TestResult(name, status, seconds, output, expected, source)


def _resynchronise(board: Board) -> None:
    # After a timeout or garbled answer, the next script starts from a fresh raw REPL.
    try:
        board.enter_raw_repl(soft_reset=False)
    except ClientError:
        board.repl.in_raw_repl = False


def run_tests(board: Board, scripts: list[tuple[Path, str]], *, timeout: float = SCRIPT_TIMEOUT,
              reset: bool = True,
              on_result: Callable[[int, int, TestResult], None] | None = None) -> Summary:
    """Run every script in order; ``on_result(index, total, result)`` after each."""
    summary = Summary()
    for index, (script, name) in enumerate(scripts, 1):
        result = run_one(board, script, name, timeout=timeout, reset=reset)
        summary.results.append(result)
        if on_result is not None:
            on_result(index, len(scripts), result)
    return summary
