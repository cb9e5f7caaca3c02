"""``micropython``: Mote's command compatible with MicroPython's unix port.

    micropython [options] [script.py [args...]]
    micropython -c 'print(1)'        micropython -m module [args...]
    micropython -X heapsize=512k -X emit=bytecode -O script.py
    micropython -i script.py          (REPL after the script)

No script and a terminal on stdin gives the REPL (``>>> ``/``... ``, auto-indent); no
script and a pipe on stdin runs stdin as the program, as the unix port does.  An uncaught
exception prints a MicroPython traceback on stderr and exits with status 1; ``SystemExit``
exits with its code.  ``python -m tools.micropython --install-launcher`` writes the shell
launcher ``build/unix/micropython`` (used as ``MICROPY_MICROPYTHON`` by MicroPython's
``tests/run-tests.py``).
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LAUNCHER = REPO / "build" / "unix" / "micropython"
UNIX_PATH = ["", ".frozen", "~/.micropython/lib", "/usr/lib/micropython"]

__all__ = ["main", "parse_args", "Options", "install_launcher", "parse_heapsize"]

USAGE = """\
usage: micropython [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-O[N] : apply bytecode optimizations of level N
-v : verbose (trace various operations); can be multiple
-c <command> : run <command> and exit
-m <module> : run <module> and exit

Implementation specific options (-X):
  compile-only                 -- parse and compile only
  emit=bytecode                -- set the default code emitter (bytecode only on Mote)
  heapsize=<n>[w][K|M]         -- set the heap size for the GC
"""


class UsageError(Exception):
    """Bad command line (exit status 2 like the unix port... it prints usage, exits 1)."""


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


def parse_heapsize(text: str) -> int:
    """``512k`` -> 524288 (suffixes k/K, m/M; a ``w`` means words of 8 bytes)."""
    t = text.strip()
    mult = 1
    if t[-1:] in "kK":
        mult, t = 1024, t[:-1]
    elif t[-1:] in "mM":
        mult, t = 1024 * 1024, t[:-1]
    word = 1
    if t[-1:] == "w":
        word, t = 8, t[:-1]
    try:
        return int(t) * mult * word
    except ValueError:
        raise UsageError(f"bad heapsize: {text}") from None


def parse_args(argv: list[str]) -> Options:
    """Parse unix-port style options; the first non-option starts the program's args."""
    o = Options()
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "-c":
            if i + 1 >= len(argv):
                raise UsageError("-c needs an argument")
            o.command = argv[i + 1]
            o.args = argv[i + 2:]
            return o
        if a == "-m":
            if i + 1 >= len(argv):
                raise UsageError("-m needs an argument")
            o.module = argv[i + 1]
            o.args = argv[i + 2:]
            return o
        if a == "-i":
            o.inspect = True
        elif a.startswith("-O"):
            rest = a[2:]
            o.opt_level = int(rest) if rest.isdigit() else 1 + rest.count("O")
        elif a.startswith("-v"):
            o.verbose += a.count("v")
        elif a in ("-h", "--help"):
            o.help = True
        elif a.startswith("-X"):
            opt = a[2:] or (argv[i + 1] if i + 1 < len(argv) else "")
            if not a[2:]:
                i += 1
            _impl_option(o, opt)
        elif a == "--":
            i += 1
            break
        elif a.startswith("-") and a != "-":
            raise UsageError(f"unknown option {a}")
        else:
            break
        i += 1
    if i < len(argv):
        o.script = argv[i]
        o.args = argv[i + 1:]
    return o


def _impl_option(o: Options, opt: str) -> None:
    if opt == "compile-only":
        o.compile_only = True
    elif opt.startswith("emit="):
        o.emit = opt[5:]
        if o.emit not in ("bytecode", "native", "viper"):
            raise UsageError(f"invalid option {opt}")
    elif opt.startswith("heapsize="):
        o.heapsize = parse_heapsize(opt[9:])
    elif opt in ("realtime",) or opt.startswith("opt="):
        pass
    else:
        raise UsageError(f"invalid option {opt}")


# ## Running


def _make_vm(o: Options, argv0: str):
    from vm.runtime.vm import VM
    path = list(UNIX_PATH)
    if o.script is not None:
        path[0] = os.path.dirname(o.script) or ""
    argv = [argv0, *o.args]
    return VM(heapsize=o.heapsize, argv=argv, stdout=sys.stdout, stderr=sys.stderr, path=path,
              opt_level=o.opt_level)


def _report(exc: BaseException) -> int:
    """Print an uncaught exception the unix port's way; the exit status."""
    from vm.runtime.exceptions import format_traceback, to_vm_exception
    if isinstance(exc, SystemExit):
        code = exc.args[0] if exc.args else 0
        if code is None:
            return 0
        if isinstance(code, int):
            return code & 0xFF
        from vm.runtime.repr import str_value
        sys.stderr.write(str_value(code) + "\n")
        return 1
    sys.stdout.flush()
    sys.stderr.write(format_traceback(to_vm_exception(exc)))
    sys.stderr.flush()
    return 1


def _run(vm, action) -> int:
    try:
        action()
    except BaseException as exc:  # noqa: BLE001 - every VM exception is reported
        return _report(exc)
    finally:
        sys.stdout.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--install-launcher"]:
        print(install_launcher())
        return 0
    try:
        o = parse_args(argv)
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n{USAGE}")
        return 1
    if o.help:
        sys.stdout.write(USAGE)
        return 0
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
    if o.command is not None:
        vm = _make_vm(o, "-c")
        status = _run(vm, lambda: vm.exec_source(o.command, "<stdin>", "__main__"))
    elif o.module is not None:
        vm = _make_vm(o, o.module)
        status = _run(vm, lambda: _run_module(vm, o.module))
    elif o.script is not None:
        vm = _make_vm(o, o.script)
        try:
            with open(o.script, encoding="utf-8") as f:
                source = f.read()
        except OSError as exc:
            sys.stderr.write(f"micropython: can't open file '{o.script}': "
                             f"[Errno {exc.errno}] {os.strerror(exc.errno or 0)}\n")
            return 2
        if o.compile_only:
            from vm.compile import compile_source
            return _run(vm, lambda: compile_source(source, o.script))
        status = _run(vm, lambda: vm.exec_source(source, o.script, "__main__"))
    elif not sys.stdin.isatty():
        vm = _make_vm(o, "")
        source = sys.stdin.read()
        return _run(vm, lambda: vm.exec_source(source, "<stdin>", "__main__"))
    else:
        vm = _make_vm(o, "")
        return repl(vm)
    if o.inspect:
        return repl(vm)
    return status


def _run_module(vm, name: str) -> None:
    vm.run_module_as_main(name) if hasattr(vm, "run_module_as_main") else \
        vm.import_module(name)


# ## REPL


def banner() -> str:
    """The first line the REPL prints."""
    import platform
    return (f"MicroPython v1.27.0 on Mote; linux (Mote unix board) with Python "
            f"{platform.python_version()}\nUse Ctrl-D to exit, Ctrl-E for paste mode")


def needs_more(source: str) -> bool:
    """Whether the REPL should ask for another line (MicroPython's rule of thumb)."""
    lines = source.split("\n")
    if len(lines) > 1:
        return lines[-1].strip() != ""
    line = lines[0].rstrip()
    if line.endswith(":") or line.endswith("\\"):
        return True
    depth = 0
    quote = None
    i = 0
    while i < len(source):
        c = source[i]
        if quote:
            if source.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            if c == "\\":
                i += 2
                continue
        elif c in "\"'":
            quote = source[i:i + 3] if source[i:i + 3] in ('"""', "'''") else c
            i += len(quote)
            continue
        elif c == "#":
            while i < len(source) and source[i] != "\n":
                i += 1
            continue
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        i += 1
    return depth > 0 or quote in ('"""', "'''")


def _indent_for(source: str) -> str:
    last = source.split("\n")[-1]
    indent = last[:len(last) - len(last.lstrip())]
    return indent + "    " if last.rstrip().endswith(":") else indent


def repl(vm) -> int:
    """The friendly REPL on the terminal; returns the exit status."""
    try:
        import readline
    except ImportError:  # pragma: no cover - platforms without readline
        readline = None  # type: ignore[assignment]
    print(banner())
    while True:
        try:
            source = _read_statement(readline)
        except EOFError:
            print()
            return 0
        except KeyboardInterrupt:
            print("\nKeyboardInterrupt")
            continue
        if not source.strip():
            continue
        try:
            vm.eval_repl_line(source)
        except SystemExit as exc:
            return _report(exc)
        except BaseException as exc:  # noqa: BLE001 - shown like the unix port does
            _report(exc)


def _read_statement(readline) -> str:
    source = input(">>> ")
    while needs_more(source):
        indent = _indent_for(source)
        if readline is not None:
            readline.set_startup_hook(lambda: readline.insert_text(indent))
        try:
            line = input("... ")
        finally:
            if readline is not None:
                readline.set_startup_hook(None)
        source += "\n" + line
        if not line.strip():
            break
    return source


# ## Launcher


def install_launcher(path: Path = LAUNCHER) -> Path:
    """Write the ``build/unix/micropython`` shell launcher; returns its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    python = REPO / ".venv" / "bin" / "python"
    path.write_text("#!/bin/sh\n"
                    "# Mote's unix-port compatible micropython (tools/micropython.py).\n"
                    f'PYTHONPATH="{REPO}${{PYTHONPATH:+:$PYTHONPATH}}" '
                    f'exec "{python}" -m tools.micropython "$@"\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


if __name__ == "__main__":
    sys.exit(main())
