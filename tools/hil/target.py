"""Where HIL tests run: an emulated board (started here) or a board on a serial port.

``open_target(spec)`` reads a ``--target``: a board name (``pyboard``) starts
``mote run --board NAME --console pty`` and connects to the pseudo-terminal it names on
its ``console: /dev/pts/N`` line (or, with ``console="stdio"``, talks to the emulator
over its stdin/stdout); a device path or pyserial URL (``/dev/ttyACM0``,
``socket://host:port``) connects to that port.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tools.client.board import Board
from tools.client.errors import TransportError
from tools.client.link import URL_SCHEMES, ProcessLink, open_link

__all__ = ["EmulatorTarget", "SerialTarget", "Target", "is_port", "open_target"]

REPO = Path(__file__).resolve().parents[2]
#: The emulator builds the board's image first: allow for a cold build.
STARTUP_SECONDS = 300.0
CONSOLE_LINE = "console: "


class Target:
    """A board tests can run on; ``board`` is connected between ``start`` and ``stop``."""

    description = ""
    board: Board

    def start(self) -> Board:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Board:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


class SerialTarget(Target):
    """A board on a serial port, a pty or a ``socket://`` URL (real or emulated)."""

    def __init__(self, port: str, *, baudrate: int = 115200, timeout: float = 10.0) -> None:
        self.port = port
        self.baudrate = baudrate
        self.timeout = timeout
        self.description = port

    def start(self) -> Board:
        self.board = Board(open_link(self.port, self.baudrate), timeout=self.timeout)
        return self.board

    def stop(self) -> None:
        self.board.close()


class EmulatorTarget(Target):
    """An emulated board in a child ``mote run`` process, over a pty, TCP or its stdio.

    The board gets a fresh flash image of its own (``flash``: a path to keep one), so
    runs never disturb ``build/<board>/flash.img`` or each other.
    """

    def __init__(self, board_name: str, *, console: str = "pty", timeout: float = 10.0,
                 flash: str | Path | None = None, extra_args: tuple[str, ...] = ()) -> None:
        if console not in ("pty", "stdio", "tcp"):
            raise ValueError(f"console must be 'pty', 'stdio' or 'tcp', not {console!r}")
        self.board_name = board_name
        self.console = console
        self.timeout = timeout
        self.extra_args = extra_args
        self.flash = Path(flash) if flash is not None else None
        self._scratch: str | None = None
        self.description = f"{board_name} (emulated, {console})"
        self.process: subprocess.Popen | None = None
        self.log = bytearray()  # the emulator's own output (pty mode), for diagnosis

    def _command(self) -> list[str]:
        flash = self.flash
        if flash is None:
            self._scratch = tempfile.mkdtemp(prefix="mote-hil-")
            flash = Path(self._scratch) / "flash.img"
        console = "tcp:0" if self.console == "tcp" else self.console  # tcp: any free port
        return [sys.executable, "-m", "tools.mote", "run", "--board", self.board_name,
                "--console", console, "--flash", str(flash), *self.extra_args]

    def start(self) -> Board:
        env = dict(os.environ, MOTE_DIR=str(REPO), PYTHONUNBUFFERED="1")
        if self.console == "stdio":
            self.process = subprocess.Popen(self._command(), cwd=REPO, env=env,
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                            stderr=subprocess.DEVNULL)
            link = ProcessLink(self.process)
        else:
            self.process = subprocess.Popen(self._command(), cwd=REPO, env=env,
                                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                            stderr=subprocess.STDOUT)
            where = self._wait_for_console()
            if where.startswith("tcp:"):  # tcp:HOST:PORT -> pyserial's socket:// URL
                where = "socket://" + where[len("tcp:"):]
            link = open_link(where)
        self.board = Board(link, timeout=self.timeout)
        return self.board

    def _wait_for_console(self) -> str:
        """Read the emulator's output up to its ``console: PATH`` line; keep draining
        it afterwards on a thread so the emulator never blocks on a full pipe."""
        assert self.process is not None and self.process.stdout is not None
        found: list[str] = []
        ready = threading.Event()

        def drain() -> None:
            for line in self.process.stdout:
                self.log += line
                text = line.decode("utf-8", "replace").strip()
                if not found and text.startswith(CONSOLE_LINE):
                    found.append(text[len(CONSOLE_LINE):].strip())
                    ready.set()
            ready.set()

        threading.Thread(target=drain, name="mote-hil-emulator", daemon=True).start()
        deadline = time.monotonic() + STARTUP_SECONDS
        while not ready.wait(0.1):
            if time.monotonic() > deadline:
                self.stop()
                raise TransportError(f"the emulator printed no '{CONSOLE_LINE}' line")
        if not found:
            raise TransportError("the emulator ended before serving its console: "
                                 + self.log.decode("utf-8", "replace")[-2000:])
        return found[0]

    def stop(self) -> None:
        board = getattr(self, "board", None)
        if board is not None:
            board.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


def is_port(spec: str) -> bool:
    """Whether a ``--target`` names a port rather than a board."""
    return spec.startswith(URL_SCHEMES) or "/" in spec or spec.upper().startswith("COM")


def open_target(spec: str, *, console: str = "pty", timeout: float = 10.0) -> Target:
    """The target a ``--target`` names (``ValueError`` for an unknown board)."""
    if is_port(spec):
        return SerialTarget(spec, timeout=timeout)
    from boards.registry import board_names

    names = board_names()
    if spec not in names:
        raise ValueError(f"unknown target '{spec}': not a port, and not a board "
                         f"(boards: {', '.join(sorted(names))})")
    return EmulatorTarget(spec, console=console, timeout=timeout)
