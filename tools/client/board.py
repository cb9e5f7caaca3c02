"""``Board``: a MicroPython board (emulated or real) driven through its raw REPL.

    with Board.connect("/dev/pts/7") as board:          # or "socket://localhost:2323"
        board.exec("import machine")
        print(board.eval("1 + 2"))                        # 3
        board.put("main.py", ":main.py")
        print(board.ls("/"))

Code that raises on the device raises ``DeviceError`` here, carrying the device's
traceback.  File operations are in ``tools.client.fs`` and available as methods.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.client import fs
from tools.client.errors import ClientError, DeviceError
from tools.client.link import Link, open_link
from tools.client.rawrepl import ExecResult, RawREPL

__all__ = ["Board"]


class Board:
    """A board's REPL, entered on first use and left again on :meth:`close`.

    ``soft_reset`` (default off, as mpremote) resets the interpreter on entering the raw
    REPL so each session starts with fresh globals; the filesystem is kept.
    """

    def __init__(self, link: Link, *, timeout: float = 10.0, soft_reset: bool = False) -> None:
        self.link = link
        self.repl = RawREPL(link, timeout)
        self._soft_reset_on_enter = soft_reset

    @classmethod
    def connect(cls, port: str, *, baudrate: int = 115200, **options: Any) -> Board:
        """Open ``port``: a device path (``/dev/ttyACM0``, a pty) or ``socket://h:p``."""
        return cls(open_link(port, baudrate), **options)

    def __enter__(self) -> Board:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Leave the raw REPL (the board is left at its friendly prompt) and the port."""
        try:
            if self.repl.in_raw_repl:
                self.repl.exit()
        except ClientError:
            pass
        finally:
            self.link.close()

    # ## Raw REPL

    def enter_raw_repl(self, soft_reset: bool | None = None) -> None:
        """Enter the raw REPL now (other calls do it on demand)."""
        reset = self._soft_reset_on_enter if soft_reset is None else soft_reset
        self.repl.enter(soft_reset=reset)

    def _ensure_raw(self) -> None:
        if not self.repl.in_raw_repl:
            self.enter_raw_repl()

    def soft_reset(self) -> None:
        """Soft-reset the board (fresh interpreter, filesystem kept)."""
        self._ensure_raw()
        self.repl.soft_reset()

    # ## Running code

    def run(self, code: str | bytes, *, timeout: float | None = None,
            on_output: Callable[[bytes], None] | None = None) -> ExecResult:
        """Run ``code``; return its raw stdout and stderr without raising on an error."""
        self._ensure_raw()
        data = code.encode() if isinstance(code, str) else code
        return self.repl.exec(data, timeout, on_output)

    def exec(self, code: str | bytes, *, timeout: float | None = None,
             on_output: Callable[[bytes], None] | None = None) -> str:
        """Run ``code`` and return what it printed; ``DeviceError`` if it raised."""
        result = self.run(code, timeout=timeout, on_output=on_output)
        stdout = _text(result.stdout)
        if result.failed:
            raise DeviceError(stdout, _text(result.stderr))
        return stdout

    def eval_repr(self, expression: str, *, timeout: float | None = None) -> str:
        """The device's ``repr`` of ``expression``."""
        return self.exec(f"print(repr(({expression})))", timeout=timeout).rstrip("\n")

    def eval(self, expression: str, *, timeout: float | None = None) -> Any:
        """``expression`` evaluated on the device, as a host value.

        Works for values whose repr is a Python literal (numbers, strings, bytes,
        tuples, lists, dicts, sets, None, booleans); otherwise ``ClientError`` (use
        :meth:`eval_repr` for the text).
        """
        text = self.eval_repr(expression, timeout=timeout)
        try:
            return ast.literal_eval(text)
        except (ValueError, SyntaxError):
            raise ClientError(f"the device's value is not a literal: {text}") from None

    def run_file(self, path: str | Path, *, timeout: float | None = None,
                 on_output: Callable[[bytes], None] | None = None) -> str:
        """Run a local script on the device (not copied to its filesystem)."""
        return self.exec(Path(path).read_bytes(), timeout=timeout, on_output=on_output)

    # ## Files (see tools.client.fs)

    def ls(self, path: str = "/") -> list[fs.Entry]:
        return fs.ls(self, path)

    def stat(self, path: str) -> fs.Entry:
        return fs.stat(self, path)

    def exists(self, path: str) -> bool:
        return fs.exists(self, path)

    def read_file(self, path: str) -> bytes:
        return fs.read_file(self, path)

    def write_file(self, path: str, data: bytes) -> None:
        fs.write_file(self, path, data)

    def get(self, remote: str, local: str | Path) -> None:
        Path(local).write_bytes(fs.read_file(self, remote))

    def put(self, local: str | Path, remote: str) -> None:
        fs.write_file(self, remote, Path(local).read_bytes())

    def rm(self, path: str) -> None:
        fs.rm(self, path)

    def mkdir(self, path: str) -> None:
        fs.mkdir(self, path)

    def rmdir(self, path: str) -> None:
        fs.rmdir(self, path)


def _text(data: bytes) -> str:
    # Consoles send \r\n; callers want text as a program printed it.
    return data.decode("utf-8", "replace").replace("\r\n", "\n")
