"""Running REPL input on the device's VM, as MicroPython's ``parse_compile_execute``.

While the code runs, the console's interrupt character is armed (Ctrl-C raises
``KeyboardInterrupt`` in the running code, at its next backward jump or call) and the
device's clock is woken so a ``time.sleep`` ends early.  Afterwards it is disarmed and an
interrupt that arrived too late to matter is dropped, so it cannot hit the next input.

An uncaught exception is printed as MicroPython prints it, on the console; a host
traceback never reaches the user.  ``SystemExit`` asks for a soft reset (``FORCED_EXIT``).
In the raw REPL (``print_eof``) the output is framed: ``\\x04`` after the normal output
and ``\\x04`` after the error output.
"""

from __future__ import annotations

from collections.abc import Callable

from firmware.console.base import CHAR_CTRL_C, Console

__all__ = ["FORCED_EXIT", "NORMAL_EXIT", "UNHANDLED_EXCEPTION", "ConsoleStream", "Executor"]

NORMAL_EXIT = 0
UNHANDLED_EXCEPTION = 1
FORCED_EXIT = 0x100


class ConsoleStream:
    """The VM's ``sys.stdout``/``stderr``/``stdin`` on a console.

    Output is "cooked" as MicroPython's ``mp_hal_stdout_tx_strn_cooked``: ``\\n`` goes out
    as ``\\r\\n``.  Input reads the console's bytes; ``readline`` (``input()``) echoes.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.buffer = _BinaryStream(console)

    def write(self, text: str) -> int:
        self.console.write(text.replace("\n", "\r\n").encode("utf-8", "replace"))
        return len(text)

    def flush(self) -> None:
        pass

    def read(self, n: int = -1) -> str:
        return self.buffer.read(n).decode("utf-8", "replace")

    def readline(self, *args) -> str:
        line = bytearray()
        while True:
            c = self.console.read_byte()
            if c is None:
                continue
            if c in (13, 10):
                self.console.write(b"\r\n")
                return line.decode("utf-8", "replace") + "\n"
            if c in (8, 127):
                if line:
                    del line[-1]
                    self.console.write(b"\b \b")
                continue
            if c == 4 and not line:
                return ""
            line.append(c)
            self.console.write(bytes([c]))


class _BinaryStream:
    """``sys.stdout.buffer`` / ``sys.stdin.buffer``: raw bytes, no newline cooking."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def write(self, data) -> int:
        self.console.write(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = 1
        out = bytearray()
        while len(out) < n:
            c = self.console.read_byte()
            if c is not None:
                out.append(c)
        return bytes(out)


class Executor:
    """Compiles and runs REPL input in a VM's ``__main__``, reporting on a console."""

    def __init__(self, vm, console: Console, wake: Callable[[], None] | None = None,
                 settle: Callable[[], None] | None = None) -> None:
        self.vm = vm
        self.console = console
        self.out = ConsoleStream(console)
        self._wake = wake
        self._settle = settle

    def _interrupt(self) -> None:
        self.vm.interrupt()
        if self._wake is not None:
            self._wake()

    def _main_globals(self) -> dict:
        main = self.vm.modules.get("__main__")
        if main is None:
            main = self.vm.new_module("__main__")
            self.vm.modules["__main__"] = main
        return main.__dict__

    def execute(self, source: str | bytes, mode: str = "file", filename: str = "<stdin>",
                print_eof: bool = False, interruptible: bool = True) -> int:
        """Run ``source`` (``mode``: "single" for a friendly-REPL line, "file" otherwise);
        returns NORMAL_EXIT, UNHANDLED_EXCEPTION or FORCED_EXIT."""
        if isinstance(source, (bytes, bytearray)):
            source = bytes(source).decode("utf-8", "replace")
        return self.run(lambda: self._run_source(source, mode, filename), print_eof,
                        interruptible)

    def run(self, action: Callable[[], object], print_eof: bool = False,
            interruptible: bool = True) -> int:
        """Run ``action`` (VM code) with Ctrl-C armed; report its outcome."""
        if interruptible:
            self.console.on_interrupt = self._interrupt
            self.console.interrupt_char = CHAR_CTRL_C
        status = NORMAL_EXIT
        error = None
        try:
            action()
        except SystemExit:
            status = FORCED_EXIT
        except BaseException as exc:  # noqa: BLE001 - every VM error is reported, not raised
            error = exc
            status = UNHANDLED_EXCEPTION
        finally:
            self.console.interrupt_char = -1
            _drop_stale_interrupts(self.vm)
            if self._settle is not None:
                self._settle()
        if print_eof:
            self.console.write(b"\x04")
        if error is not None:
            self.out.write(format_error(error))
        if print_eof:
            self.console.write(b"\x04")
        return status

    def run_file(self, path, name: str) -> int:
        """Run a boot script (``boot.py``/``main.py``, source or frozen .mpy) in
        ``__main__``; errors are reported under ``name``."""
        with open(path, "rb") as f:
            data = f.read()
        if str(path).endswith(".mpy"):
            def action() -> None:
                from vm.mpy.reader import load
                self.vm.exec_compiled(load(data), "__main__", self._main_globals())
            return self.run(action)
        return self.execute(data, "file", filename=name)

    def _run_source(self, source: str, mode: str, filename: str) -> None:
        vm = self.vm
        if mode == "single":
            from firmware.repl.single import single_input
            source = single_input(source)  # expression statements echo their value
        compiled = vm.compile_source(source, filename)
        vm.exec_compiled(compiled, "__main__", self._main_globals())


def format_error(exc: BaseException) -> str:
    """MicroPython's report of an uncaught exception (a SyntaxError has no ``in ...``)."""
    if isinstance(exc, SyntaxError) and not _is_vm_raised(exc):
        msg = exc.msg if getattr(exc, "msg", None) else "invalid syntax"
        return (f'Traceback (most recent call last):\n  File "{exc.filename or "<stdin>"}", '
                f"line {exc.lineno or 1}\nSyntaxError: {msg}\n")
    from vm.interp.support import vm_exception
    from vm.runtime.traceback import format_traceback
    try:
        return format_traceback(vm_exception(exc, False))
    except BaseException:  # noqa: BLE001 - a broken exception object still gets a line
        return f"{type(exc).__name__}: {exc}\n"


def _is_vm_raised(exc: BaseException) -> bool:
    from vm.runtime.traceback import TB_ATTR
    return bool(getattr(exc, TB_ATTR, None))


def _drop_stale_interrupts(vm) -> None:
    """Forget a Ctrl-C that arrived after the code finished (MicroPython clears it too).

    The VM keeps pending events in ``vm.pending``; only the keyboard-interrupt callback
    ``VM.interrupt`` queues is removed.
    """
    from vm.runtime import vm as vm_module
    kbd = getattr(vm_module, "_raise_keyboard_interrupt", None)
    pending = getattr(vm, "pending", None)
    if kbd is None or pending is None:
        return
    pending.discard(kbd)
