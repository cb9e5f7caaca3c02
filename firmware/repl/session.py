"""One device's REPL: the state that outlives a soft reset, and the mode loop.

MicroPython keeps the REPL mode (friendly or raw) across a soft reset: a host that
soft-resets from the raw REPL (``mpremote``, ``pyboard.py``) gets the raw REPL back, and
``main.py`` only runs on a soft reset from the friendly REPL.  ``ReplSession`` holds that
mode, the line editor's history and the banner; ``attach`` gives it a fresh VM after each
reset; ``run`` serves the REPL until the user (or a host) asks for a soft reset.
"""

from __future__ import annotations

from dataclasses import dataclass

from firmware.console.base import Console
from firmware.repl.execute import FORCED_EXIT, Executor
from firmware.repl.readline import LineEditor

__all__ = ["FRIENDLY", "RAW", "Banner", "ReplSession"]

FRIENDLY = "friendly"
RAW = "raw"

#: The raw REPL's stdin buffer (``MICROPY_REPL_STDIN_BUFFER_MAX``); raw-paste's flow
#: control window is half of it.
STDIN_BUFFER = 256


@dataclass(frozen=True)
class Banner:
    """What the friendly REPL prints first, as ``MicroPython <version> on <date>;
    <board> with <chip>`` then the help hint."""

    version: str
    date: str
    board: str
    chip: str

    def text(self) -> str:
        return (f"MicroPython {self.version} on {self.date}; {self.board} with {self.chip}"
                '\r\nType "help()" for more information.\r\n')


class ReplSession:
    """The REPL of one device (see module docstring)."""

    def __init__(self, console: Console, banner: Banner,
                 stdin_buffer: int = STDIN_BUFFER) -> None:
        self.console = console
        self.banner = banner
        self.mode = FRIENDLY
        self.editor = LineEditor(console)
        self.window = stdin_buffer // 2
        self.executor: Executor | None = None
        self.completer = None

    def attach(self, executor: Executor, completer) -> None:
        """Serve the REPL on a (fresh) VM."""
        self.executor = executor
        self.completer = completer

    def write(self, text: str | bytes) -> None:
        self.console.write(text.encode("utf-8") if isinstance(text, str) else text)

    def run(self) -> int:
        """Serve friendly/raw REPL until a soft reset is asked for; returns its status."""
        from firmware.repl.friendly import friendly_repl
        from firmware.repl.raw import raw_repl
        modes = {FRIENDLY: friendly_repl, RAW: raw_repl}
        while True:
            status = modes[self.mode](self)
            if status & FORCED_EXIT:
                return status
