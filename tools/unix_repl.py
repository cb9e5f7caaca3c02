"""The unix port's REPL on the process's own terminal (``micropython`` with no program,
or ``-i``), after ``do_repl`` in MicroPython's ``ports/unix/main.c``.

The banner, then statements edited with the firmware's MicroPython line editor
(``firmware.repl.readline``: history, auto-indent, Emacs keys) and continued with
``... `` by MicroPython's rule.  While a line is edited the terminal is in raw mode
(no echo, no signals; the editor echoes); while code runs it is back in its own mode, so
Ctrl-C there raises KeyboardInterrupt in the running code.  At the prompt: Ctrl-C drops
the line, Ctrl-D on an empty line exits (status 0), Ctrl-E enters paste mode.  An
uncaught exception prints its traceback; ``SystemExit`` ends the REPL with its code.
Stdin need not be a terminal (``-i`` with a pipe): the editor then reads and echoes the
piped bytes the same way.
"""

from __future__ import annotations

import os
import sys

from firmware.console.base import Console, ConsoleClosed
from firmware.repl.continuation import continue_with_input
from firmware.repl.readline import CTRL_C, CTRL_D, CTRL_E, LineEditor

__all__ = ["ProgramStdin", "TerminalConsole", "TerminalREPL"]

PASTE_BANNER = "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== "


class TerminalConsole(Console):
    """A console read synchronously from ``in_fd`` (no reader thread, so the running
    program's own ``input()`` gets the bytes typed while it runs)."""

    where = "terminal"

    def __init__(self, in_fd: int, out_fd: int) -> None:
        super().__init__()
        self.in_fd = in_fd
        self.out_fd = out_fd
        self._saved = None
        self._at_end = False

    def read_byte(self, timeout: float | None = None) -> int | None:
        if not self.pending():
            try:
                data = os.read(self.in_fd, 256)
            except InterruptedError:
                return None
            if not data:
                # The unix port reads the end of input as Ctrl-D; a second read past
                # the end (Ctrl-D inside a line only deletes) ends the session.
                if self._at_end:
                    raise ConsoleClosed()
                self._at_end = True
                return CTRL_D
            self.feed(data)
        return super().read_byte(0)

    def _send(self, data: bytes) -> None:
        sys.stdout.flush()
        view = memoryview(data)
        while view:
            view = view[os.write(self.out_fd, view):]

    def raw_mode(self, signals: bool = False) -> None:
        """Like ``mp_hal_stdio_mode_raw``: bytes as typed, no echo, no signals.  With
        ``signals`` Ctrl-C still raises SIGINT: the mode while a statement runs, so input
        typed ahead is neither echoed twice nor lost (the unix port's own mode switch
        back and forth is fast enough not to need it)."""
        if not os.isatty(self.in_fd):
            return
        import termios
        if self._saved is None:
            self._saved = termios.tcgetattr(self.in_fd)
        mode = list(self._saved)
        mode[0] &= ~(termios.BRKINT | termios.ICRNL | termios.INPCK | termios.ISTRIP
                     | termios.IXON)
        mode[2] = (mode[2] & ~(termios.CSIZE | termios.PARENB)) | termios.CS8
        mode[3] = termios.ISIG if signals else 0
        mode[6] = list(mode[6])
        mode[6][termios.VMIN] = 1
        mode[6][termios.VTIME] = 0
        # TCSANOW, not the unix port's TCSAFLUSH: input typed ahead while the previous
        # statement ran (a pasting terminal, a test driver) must not be thrown away.
        termios.tcsetattr(self.in_fd, termios.TCSANOW, mode)

    def orig_mode(self) -> None:
        """Like ``mp_hal_stdio_mode_orig``: the terminal's own mode back."""
        if self._saved is not None:
            import termios
            termios.tcsetattr(self.in_fd, termios.TCSANOW, self._saved)
            self._saved = None


class ProgramStdin:
    """The VM's ``stdin``: the host's, with hooks around each read (the REPL puts the
    terminal back in its own mode while the program reads a line)."""

    def __init__(self, host) -> None:
        self._host = host
        self.before_read = None
        self.after_read = None

    def _read(self, method: str, *args):
        if self.before_read is not None:
            self.before_read()
        try:
            return getattr(self._host, method)(*args)
        finally:
            if self.after_read is not None:
                self.after_read()

    def read(self, *args):
        return self._read("read", *args)

    def readline(self, *args):
        return self._read("readline", *args)

    def __getattr__(self, name: str):
        return getattr(self._host, name)


class TerminalREPL:
    """One REPL session on stdin/stdout over ``vm``."""

    def __init__(self, vm, in_fd: int | None = None, out_fd: int | None = None) -> None:
        self.vm = vm
        self.console = TerminalConsole(sys.stdin.fileno() if in_fd is None else in_fd,
                                       sys.stdout.fileno() if out_fd is None else out_fd)
        self.editor = LineEditor(self.console)
        stdin = getattr(vm, "stdin", None)
        if isinstance(stdin, ProgramStdin):
            stdin.before_read = self.console.orig_mode
            stdin.after_read = lambda: self.console.raw_mode(signals=True)

    def write(self, text: str) -> None:
        self.console.write(text.encode("utf-8"))

    def _prompt(self, name: str, default: str) -> str:
        sys_mod = self.vm.modules.get("sys")
        value = getattr(sys_mod, name, default) if sys_mod is not None else default
        return value if isinstance(value, str) else default

    def run(self) -> int:
        """Serve until Ctrl-D (0) or SystemExit (its status with FORCED_EXIT set)."""
        from tools.micropython import banner
        # Load the compiler before the first prompt, so the first statement answers as
        # quickly as the later ones (a terminal driver waits only briefly for output).
        self.vm.compile_source("pass\n", "<stdin>")
        self.write(banner())
        try:
            while True:
                self.console.raw_mode()
                source, mode = self._read_statement()
                if source is None:
                    continue
                self.console.raw_mode(signals=True)
                status = self._execute(source, mode)
                if status is not None:
                    return status
        except (ConsoleClosed, _EndOfInput):
            return 0
        finally:
            self.console.orig_mode()

    def _read_statement(self) -> tuple[str | None, str]:
        self.editor.auto_indent = True
        line = [""]
        ret = self.editor.readline(line, self._prompt("ps1", ">>> "))
        if ret == CTRL_C:
            self.write("\n")
            return None, "single"
        if ret == CTRL_D:
            self.write("\n")
            raise _EndOfInput()
        if ret == CTRL_E:
            return self._paste_mode(), "file"
        if not line[0]:
            if ret != 0:
                self.write("\n")
            return None, "single"
        while continue_with_input(line[0]):
            line[0] += "\n"
            ret = self.editor.readline(line, self._prompt("ps2", "... "))
            if ret == CTRL_C:
                self.write("\n")
                return None, "single"
            if ret == CTRL_D:
                break
        return line[0], "single"

    def _paste_mode(self) -> str | None:
        self.write(PASTE_BANNER)
        buf = bytearray()
        while True:
            c = self.console.read_byte()
            if c is None:
                continue
            if c == CTRL_C:
                self.write("\n")
                return None
            if c == CTRL_D:
                self.write("\n")
                return buf.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
            buf.append(c)
            self.write("\n=== " if c == 13 else chr(c))

    def _execute(self, source: str, mode: str) -> int | None:
        """Run one input in ``__main__``; the status if it raised SystemExit."""
        from tools.micropython import FORCED_EXIT, run_action
        vm = self.vm
        if mode == "single":
            status = run_action(lambda: vm.eval_repl_line(source))
        else:
            main = vm.modules.get("__main__") or vm.new_module("__main__")
            vm.modules["__main__"] = main
            status = run_action(lambda: vm.exec_compiled(vm.compile_source(source, "<stdin>"),
                                                         "__main__", main.__dict__))
        return status if status & FORCED_EXIT else None


class _EndOfInput(Exception):
    """Ctrl-D on an empty line."""
