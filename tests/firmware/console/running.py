"""A device served by ``mote run`` in a subprocess, for tests that talk to its console.

``served(tmp_path)`` builds the board (a no-op when it is up to date), starts
``mote run --board B --console pty|tcp:0 --flash <tmp>/flash.img --no-build``, reads the
``console: ...`` line and yields where to connect; the device is stopped with SIGTERM.
Each test gets its own flash image, so tests never share a filesystem.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
MOTE = [sys.executable, "-m", "tools.mote"]

_built: set[str] = set()


def build(board: str) -> None:
    """Build the board's image once per test process."""
    if board in _built:
        return
    proc = subprocess.run(MOTE + ["build", "--board", board], cwd=REPO, check=False, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    _built.add(board)


@contextlib.contextmanager
def served(tmp_path: Path, board: str = "pyboard", console: str = "pty", app: Path | None = None):
    """Yield ``(where, process)``: the pty path or ``tcp:host:port`` of a running device."""
    build(board)
    cmd = MOTE + ["run", "--board", board, "--console", console, "--no-build",
                  "--flash", str(tmp_path / "flash.img")]
    if app is not None:
        cmd.append(str(app))
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line.startswith("console: "), line + proc.stderr.read()
        yield line[len("console: "):].strip(), proc
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> int:
    """SIGTERM the device and wait for it (it writes its flash back first)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    return proc.returncode


def read_until(read, ending: bytes, timeout: float = 10.0) -> bytes:
    """Read (``read()`` -> bytes, possibly empty) until ``ending`` arrives; the bytes."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(ending):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {ending!r}; got {data!r}")
        data += read()
    return data
