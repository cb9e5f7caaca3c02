"""``micropython``: Mote's command compatible with MicroPython's unix port.

    micropython [options] [script.py [args...]]
    micropython -c 'print(1)'        micropython -m module [args...]
    micropython -X heapsize=512k -X emit=bytecode -O script.py
    micropython -i script.py          (REPL after the script)

It follows the unix port's ``main.c`` (the facts MicroPython's ``tests/run-tests.py``
relies on):

* Options are read up to ``-c``/``-m``/the script; what follows belongs to the program.
  A bad option or ``-X`` value prints ``Invalid command line arguments. Use -h option for
  help.`` on stderr and exits 1.  Mote has no native emitters, so ``-X emit=native`` and
  ``-X emit=viper`` are bad values, as in a unix build without them (run-tests then
  skips native tests).
* ``sys.path`` is ``['']`` plus ``$MICROPYPATH`` (``:``-separated, ``~/`` expanded;
  default ``.frozen:~/.micropython/lib:/usr/lib/micropython``); a script's own folder
  (absolute) replaces the first entry.  ``sys.argv``: ``['-c', args...]``,
  ``[module, args...]`` or ``[script, args...]``.
* No program and a terminal on stdin gives the REPL; no program and a pipe runs stdin as
  the program.  ``-i`` (or ``$MICROPYINSPECT``) enters the REPL after the program.
* An uncaught exception prints a MicroPython traceback on stderr and exits with status 1;
  ``SystemExit`` exits with its code (an int; None is 0, anything else 1), silently.
  A script that cannot be opened exits 2.  Stderr output is ordered after the stdout
  output before it (run-tests reads both through one pipe).

``python -m tools.micropython --install-launcher`` writes the shell launcher
``build/unix/micropython`` (used as ``MICROPY_MICROPYTHON`` by run-tests.py).
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LAUNCHER = REPO / "build" / "unix" / "micropython"
#: The unix port's ``MICROPY_PY_SYS_PATH_DEFAULT``.
DEFAULT_MICROPYPATH = ".frozen:~/.micropython/lib:/usr/lib/micropython"
#: The launcher passes the name it was run by, for messages that start with ``argv[0]``.
ARGV0_ENV = "MOTE_MICROPYTHON_ARGV0"
#: The unix board's heap when ``-X heapsize`` is not given (the VM's default for 64-bit
#: words, like the unix port's 1 MiB per 32 bits); shown by ``-h``.
DEFAULT_HEAPSIZE = 2 * 1024 * 1024
#: Bytes per object word on the unix board (64-bit); ``heapsize=<n>w`` scales by it / 4.
BYTES_PER_WORD = 8
#: Status bit the run functions set when the program raised SystemExit (``FORCED_EXIT``).
FORCED_EXIT = 0x100

__all__ = [
    "Options",
    "UsageError",
    "banner",
    "install_launcher",
    "main",
    "parse_args",
    "parse_heapsize",
    "sys_path",
]

INVALID_ARGS = "Invalid command line arguments. Use -h option for help.\n"

USAGE = """\
usage: {prog} [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]
Options:
--version : show version information
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N

Implementation specific options (-X):
  compile-only                 -- parse and compile only
  emit=bytecode                -- set the default code emitter
  heapsize=<n>[w][K|M] -- set the heap size for the GC (default {heap})
"""


class UsageError(Exception):
    """A bad command line: the unix port says ``Invalid command line arguments`` and
    exits with status 1."""


@dataclass
class Options:
    """A parsed command line."""

    command: str | None = None
    module: str | None = None
    script: str | None = None
    args: list[str] = field(default_factory=list)
    inspect: bool = False
    opt_level: int = 0
    heapsize: int | None = None
    emit: str = "bytecode"
    compile_only: bool = False
    verbose: int = 0
    help: bool = False
    version: bool = False


# ## Options


_STRTOL = re.compile(r"\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)")


def parse_heapsize(text: str) -> int:
    """``-X heapsize=`` value in bytes, as the unix port reads it: a C integer (decimal,
    ``0x`` hex or ``0`` octal), then an optional ``w`` (scale from 32-bit words to the
    board's), then an optional ``k``/``K`` or ``m``/``M``; at least 700 bytes."""
    m = _STRTOL.match(text)
    value, rest = 0, text
    if m:
        digits = m.group(2)
        base = 16 if digits[:2] in ("0x", "0X") else 8 if digits.startswith("0") else 10
        value = int(digits, base) * (-1 if m.group(1) == "-" else 1)
        rest = text[m.end():]
    word = rest[:1] in ("w", "W")
    if word:
        rest = rest[1:]
    scale = {"k": 1024, "m": 1024 * 1024}.get(rest[:1].lower(), 1)
    if scale != 1:
        rest = rest[1:]
    if rest:
        raise UsageError(f"bad heapsize: {text}")
    value *= scale
    if word:
        value = value * BYTES_PER_WORD // 4
    if value < 700:
        raise UsageError(f"heapsize too small: {text}")
    return value


def _emit_bytecode(o: Options, _value: str) -> None:
    o.emit = "bytecode"


def _compile_only(o: Options, _value: str) -> None:
    o.compile_only = True


def _heapsize(o: Options, value: str) -> None:
    o.heapsize = parse_heapsize(value)


#: ``-X`` options: exact name (or ``name=`` prefix) -> handler.  ``emit=native`` and
#: ``emit=viper`` are absent on purpose: Mote is a build without native emitters.
IMPL_OPTIONS: dict[str, Callable[[Options, str], None]] = {
    "compile-only": _compile_only,
    "emit=bytecode": _emit_bytecode,
    "heapsize=": _heapsize,
}


def _impl_option(o: Options, opt: str) -> None:
    if opt in IMPL_OPTIONS:
        IMPL_OPTIONS[opt](o, "")
        return
    name, eq, value = opt.partition("=")
    handler = IMPL_OPTIONS.get(name + eq) if eq else None
    if handler is None:
        raise UsageError(f"invalid option -X {opt}")
    handler(o, value)


def _opt_level(arg: str) -> int:
    if arg[2:3].isdigit():
        return int(arg[2]) & 0xF
    return len(arg[1:]) - len(arg[1:].lstrip("O"))


def parse_args(argv: list[str]) -> Options:
    """Parse unix-port options; ``-c``/``-m``/the first non-option ends them."""
    o = Options()
    i = 0
    while i < len(argv):
        a = argv[i]
        if not a.startswith("-"):
            o.script, o.args = a, argv[i + 1:]
            return o
        if a in ("-c", "-m"):
            if i + 1 >= len(argv):
                raise UsageError(f"{a} needs an argument")
            if a == "-c":
                o.command = argv[i + 1]
            else:
                o.module = argv[i + 1]
            o.args = argv[i + 2:]
            return o
        if a == "-h":
            o.help = True
            return o
        if a == "--version":
            o.version = True
            return o
        if a == "-X":
            if i + 1 >= len(argv):
                raise UsageError("-X needs an argument")
            _impl_option(o, argv[i + 1])
            i += 1
        elif a == "-i":
            o.inspect = True
        elif a == "-v":
            o.verbose += 1
        elif a.startswith("-O"):
            o.opt_level = _opt_level(a)
        else:
            raise UsageError(f"unknown option {a}")
        i += 1
    return o


def sys_path(env: dict[str, str] | None = None) -> list[str]:
    """The unix port's initial ``sys.path``: ``''`` then the ``$MICROPYPATH`` entries."""
    env = os.environ if env is None else env
    spec = env.get("MICROPYPATH", DEFAULT_MICROPYPATH)
    path = [""]
    spec = spec.removeprefix(":")
    if not spec:
        return path
    home = env.get("HOME")
    for entry in spec.split(":"):
        if entry.startswith("~/") and home is not None:
            entry = home + entry[1:]
        path.append(entry)
    return path


# ## Running


class _StderrAfterStdout:
    """``sys.stderr`` for the VM: flushes stdout first, so a traceback or a
    ``print(..., file=sys.stderr)`` lands after the output printed before it, as with
    the unix port's unbuffered writes."""

    def __init__(self, out, err) -> None:
        self._out = out
        self._err = err

    def write(self, text: str) -> int:
        self._out.flush()
        n = self._err.write(text)
        self._err.flush()
        return n

    def flush(self) -> None:
        self._err.flush()

    def __getattr__(self, name: str):
        return getattr(self._err, name)


def _make_vm(o: Options, argv: list[str]):
    from tools.unix_repl import ProgramStdin
    from vm.runtime.vm import VM
    return VM(heapsize=o.heapsize, argv=argv, stdin=ProgramStdin(sys.stdin), stdout=sys.stdout,
              stderr=_StderrAfterStdout(sys.stdout, sys.stderr), path=sys_path(),
              opt_level=o.opt_level)


def report(exc: BaseException) -> int:
    """Print an uncaught exception the unix port's way; the status (FORCED_EXIT|code for
    SystemExit, which prints nothing; 1 otherwise)."""
    if isinstance(exc, SystemExit):
        code = exc.args[0] if exc.args else None
        if code is None:
            return FORCED_EXIT
        return FORCED_EXIT | ((code if isinstance(code, int) else 1) & 0xFF)
    from firmware.repl.execute import format_error
    sys.stdout.flush()
    sys.stderr.write(format_error(exc))
    sys.stderr.flush()
    return 1


def run_action(action: Callable[[], object]) -> int:
    """Run VM code; 0, or ``report``'s status for what it raised."""
    try:
        action()
    except BaseException as exc:  # noqa: BLE001 - every VM exception is reported
        return report(exc)
    finally:
        sys.stdout.flush()
    return 0


def _main_module(vm, filename: str | None):
    mod = vm.new_module("__main__")
    if filename is not None:
        mod.__dict__["__file__"] = filename
    vm.modules["__main__"] = mod
    return mod


def _exec_main(vm, o: Options, source: str | bytes, filename: str) -> None:
    """Compile and run ``source`` as ``__main__`` (``__file__`` = its source name)."""
    mod = _main_module(vm, filename)
    if isinstance(source, bytes) and filename.endswith(".mpy"):
        from vm.mpy.reader import load
        compiled = load(source)
    else:
        if isinstance(source, bytes):
            source = source.decode("utf-8", "replace")
        compiled = vm.compile_source(source, filename)
    if not o.compile_only:
        vm.exec_compiled(compiled, "__main__", mod.__dict__)


def _find_module_file(vm, name: str) -> tuple[str, bool] | None:
    """Where ``-m name`` is: (path of its .py/.mpy or package folder, is_package)."""
    parent, _, leaf = name.rpartition(".")
    if parent:
        pkg = vm.import_module(parent)
        dirs = [getattr(pkg, "__path__", None)]
        if dirs[0] is None:
            return None
    else:
        dirs = list(vm.path)
    for d in dirs:
        base = os.path.join(d, leaf) if d else leaf
        if os.path.isdir(base):
            return base, True
        for ext in (".py", ".mpy"):
            if os.path.isfile(base + ext):
                return base + ext, False
    return None


def _run_module(vm, o: Options, name: str) -> None:
    """``-m name``: import it with ``__name__ == '__main__'`` (also ``sys.modules['__main__']``);
    a package keeps its name and runs its ``__main__`` submodule after its ``__init__``."""
    found = _find_module_file(vm, name)
    if found is None:
        vm.import_module(name)  # a builtin module, or ImportError as MicroPython words it
        return
    path, is_package = found
    if is_package:
        vm.import_module(name)
        _run_module(vm, o, name + ".__main__")
        return
    mod = vm.new_module(name)
    d = mod.__dict__
    # As MicroPython's import with "override main": the module is also sys.modules'
    # __main__, and keeps its real name in __main__ (for relative imports).
    d["__name__"] = "__main__"
    d["__main__"] = name
    d["__file__"] = path
    vm.modules[name] = mod
    vm.modules["__main__"] = mod
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".mpy"):
        from vm.mpy.reader import load
        compiled = load(data)
    else:
        compiled = vm.compile_source(data.decode("utf-8", "replace"), path)
    if not o.compile_only:
        vm.exec_compiled(compiled, name, d)


def _program_name() -> str:
    return os.environ.get(ARGV0_ENV) or "micropython"


def _run_script(o: Options) -> tuple[object, int]:
    script = o.script
    assert script is not None
    real = os.path.realpath(script)
    try:
        with open(script, "rb") as f:
            data = f.read()
    except OSError as exc:
        sys.stderr.write(f"{_program_name()}: can't open file '{script}': "
                         f"[Errno {exc.errno}] {os.strerror(exc.errno or 0)}\n")
        return None, 2
    vm = _make_vm(o, [script, *o.args])
    vm.path[0] = os.path.dirname(real)
    return vm, run_action(lambda: _exec_main(vm, o, data, script))


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--install-launcher"]:
        print(install_launcher())
        return 0
    try:
        o = parse_args(argv)
    except UsageError:
        sys.stderr.write(INVALID_ARGS)
        return 1
    if o.help:
        sys.stdout.write(USAGE.format(prog=_program_name(), heap=DEFAULT_HEAPSIZE))
        return 0
    if o.version:
        print(banner_first_line())
        return 0
    inspect = o.inspect or bool(os.environ.get("MICROPYINSPECT"))
    if o.command is not None:
        vm = _make_vm(o, ["-c", *o.args])
        status = run_action(lambda: _exec_main(vm, o, o.command, "<stdin>"))
    elif o.module is not None:
        vm = _make_vm(o, [o.module, *o.args])
        status = run_action(lambda: _run_module(vm, o, o.module))
    elif o.script is not None:
        vm, status = _run_script(o)
        if vm is None:
            return status
    else:
        vm = _make_vm(o, [])
        if sys.stdin.isatty() or inspect:
            status = _repl(vm)
        else:
            data = sys.stdin.buffer.read()
            status = run_action(lambda: _exec_main(vm, o, data, "<stdin>"))
        inspect = False
    if inspect:
        status = _repl(vm)
    _run_atexit(vm)
    return status & 0xFF


def _run_atexit(vm) -> None:
    func = getattr(vm, "atexit_func", None)
    if func is not None and callable(func):
        from vm.runtime.vm import run_deep
        run_action(lambda: run_deep(func, vm))


def _repl(vm) -> int:
    from tools.unix_repl import TerminalREPL
    return TerminalREPL(vm).run()


# ## REPL text


def banner_first_line() -> str:
    """The unix port's version line: ``MicroPython <version> on <build>; <machine>``."""
    import platform
    return (f"MicroPython v1.27.0 on Mote; linux [Mote on CPython "
            f"{platform.python_version()}] version")


def banner() -> str:
    """What the REPL prints first (two lines, like the unix port)."""
    return banner_first_line() + "\nUse Ctrl-D to exit, Ctrl-E for paste mode\n"


def needs_more(source: str) -> bool:
    """Whether the REPL asks for another line (MicroPython's ``mp_repl_continue_with_input``)."""
    from firmware.repl.continuation import continue_with_input
    return continue_with_input(source)


# ## Launcher


def install_launcher(path: Path = LAUNCHER) -> Path:
    """Write the ``build/unix/micropython`` shell launcher; returns its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    python = REPO / ".venv" / "bin" / "python"
    path.write_text("#!/bin/sh\n"
                    "# Mote's unix-port compatible micropython (tools/micropython.py).\n"
                    f'{ARGV0_ENV}="$0" PYTHONPATH="{REPO}${{PYTHONPATH:+:$PYTHONPATH}}" '
                    f'exec "{python}" -m tools.micropython "$@"\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


if __name__ == "__main__":
    sys.exit(main())
