"""A test script's expected output, by MicroPython's test-runner conventions.

``<script>.exp`` beside the script wins; otherwise the script is run by CPython and its
output is expected (a CPython failure gives ``CPYTHON3 CRASH``, which no board output
matches).  A board's output is normalised the same way: console ``\\r\\n`` becomes
``\\n``, and a program that raised has its traceback and ``CRASH`` appended.  Output
``SKIP`` alone means the script chose to be skipped.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

__all__ = ["CPYTHON_CRASH", "SKIP", "board_output", "expected_output"]

SKIP = b"SKIP\n"
CPYTHON_CRASH = b"CPYTHON3 CRASH"


def expected_output(script: Path, timeout: float = 60.0) -> tuple[bytes, str]:
    """The expected output and where it came from (``.exp`` or ``CPython``); CPython
    gets ``timeout`` seconds (a script that hangs there is a crash)."""
    exp = script.with_name(script.name + ".exp")
    if exp.is_file():
        return exp.read_bytes().replace(b"\r\n", b"\n"), exp.name
    try:
        proc = subprocess.run([sys.executable, "-B", script.name], cwd=script.parent,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return CPYTHON_CRASH, "CPython (timed out)"
    if proc.returncode != 0:
        return CPYTHON_CRASH, "CPython"
    return proc.stdout.replace(b"\r\n", b"\n"), "CPython"


def board_output(stdout: bytes, stderr: bytes) -> bytes:
    """A board run's output as the runner compares it."""
    output = stdout + stderr + (b"CRASH" if stderr else b"")
    return output.replace(b"\r\n", b"\n")
