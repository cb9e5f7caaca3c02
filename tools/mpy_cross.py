"""Mote's mpy-cross: compile a Python file to an .mpy v6.3 file, command-line compatible
with MicroPython's ``mpy-cross`` for the options that matter to bytecode.

    python tools/mpy_cross.py [-o OUT] [-s NAME] [-O<n>] [-X emit=bytecode]
                              [-march=ARCH] [-march-flags=FLAGS] [--] INPUT

``INPUT`` may be ``-`` to read standard input (the .mpy then goes to standard output
unless ``-o`` is given).  Exit status and error output follow the real mpy-cross: 0 on
success; 1 with the message on stderr for a missing/extra input, an unreadable file or a
syntax error (printed as a MicroPython traceback); 1 with the usage text on stdout for a
bad option.  Native emitters are not available: ``-X emit=native`` or ``viper`` is a clear
error.  ``-march`` is accepted and recorded (bytecode-only output carries no arch, exactly
as with the real tool).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

__all__ = ["Options", "parse_args", "main", "VERSION_TEXT"]



def _mote_version() -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version
        try:
            return version("mote")
        except PackageNotFoundError:
            return "0.1.0"
    except ImportError:  # pragma: no cover
        return "0.1.0"


MOTE_VERSION = _mote_version()
VERSION_TEXT = f"Mote v{MOTE_VERSION} (MicroPython-compatible); mpy-cross emitting mpy v6.3"

ARCHES = ("x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp",
          "xtensa", "xtensawin", "rv32imc", "rv64imc", "host", "debug")

USAGE = """\
usage: {prog} [<opts>] [-X <implopt>] [--] <input filename>
Options:
--version : print the version and exit
-o <file> : where to write the .mpy (default: the input name with .py replaced by .mpy;
            standard output when the input is standard input)
-s <name> : source file name stored in the .mpy (default: the input name)
-b <version> : --bytecode <version> : bytecode version (only 6)
-v : verbose (accepted, no effect)
-O[N] : optimisation level N (also -O, -OO, ...)

Target options:
-msmall-int-bits=<n> : bits in a small int (only 31, the default, is supported)
-march=<arch> : native architecture (accepted and recorded; only bytecode is emitted):
                {arches}
-march-flags=<flags> : architecture flags (accepted and recorded)

Implementation options (-X):
  emit=bytecode -- the only emitter Mote has
  heapsize=<n>  -- accepted for compatibility, no effect
  source-lines  -- keep line numbers (the default)
"""


class UsageError(Exception):
    """A bad command line: print the usage text."""


class OptionError(Exception):
    """A command line the tool understands but cannot honour: print the message."""


@dataclass
class Options:
    """The parsed command line."""

    input: str | None = None
    output: str | None = None
    source_name: str | None = None
    opt_level: int = 0
    verbose: int = 0
    arch: str | None = None
    arch_flags: str | None = None
    emit: str = "bytecode"
    heapsize: int | None = None
    small_int_bits: int = 31
    version: bool = False
    extra_inputs: list[str] = field(default_factory=list)


def _opt_level(arg: str) -> int:
    rest = arg[2:]
    if rest.isdigit():
        return int(rest)
    # -O, -OO, -OOO... (anything else after -O counts like the real tool: by the O's)
    return 1 + rest.count("O")


def _implopt(value: str, opts: Options) -> None:
    if value.startswith("emit="):
        emit = value[5:]
        if emit not in ("bytecode", "native", "viper"):
            raise UsageError
        if emit != "bytecode":
            raise OptionError(f"-X emit={emit} is not supported: Mote's mpy-cross only "
                              "emits bytecode")
        opts.emit = emit
    elif value.startswith("heapsize="):
        try:
            opts.heapsize = int(value[9:].rstrip("kKmM") or "x")
        except ValueError:
            raise UsageError from None
    elif value == "source-lines":
        pass
    elif value == "no-source-lines":
        raise OptionError("-X no-source-lines is not supported by Mote's mpy-cross")
    else:
        raise UsageError


def parse_args(argv: list[str]) -> Options:
    """Parse mpy-cross's command line (without the program name)."""
    opts = Options()
    inputs: list[str] = []
    i = 0
    only_files = False
    while i < len(argv):
        arg = argv[i]
        i += 1

        def value() -> str:
            nonlocal i
            if i >= len(argv):
                raise UsageError
            i += 1
            return argv[i - 1]

        if only_files or arg == "-" or not arg.startswith("-"):
            inputs.append(arg)
        elif arg == "--":
            only_files = True
        elif arg == "--version":
            opts.version = True
        elif arg == "-o":
            opts.output = value()
        elif arg == "-s":
            opts.source_name = value()
        elif arg == "-X":
            _implopt(value(), opts)
        elif arg in ("-b", "--bytecode"):
            if value() != "6":
                raise OptionError("only bytecode version 6 (mpy v6.3) is supported")
        elif arg in ("-c", "--compat"):
            value()
            raise OptionError("--compat is not supported: Mote's mpy-cross emits mpy v6.3")
        elif arg.startswith("-v") and set(arg[1:]) == {"v"}:
            opts.verbose += len(arg) - 1
        elif arg.startswith("-O"):
            opts.opt_level = _opt_level(arg)
        elif arg.startswith("-march="):
            if arg[7:] not in ARCHES:
                raise UsageError
            opts.arch = arg[7:]
        elif arg.startswith("-march-flags="):
            opts.arch_flags = arg[13:]
        elif arg.startswith("-msmall-int-bits="):
            try:
                opts.small_int_bits = int(arg[17:])
            except ValueError:
                raise UsageError from None
            if opts.small_int_bits != 31:
                raise OptionError("-msmall-int-bits: only 31 is supported by Mote's "
                                  "mpy-cross")
        else:
            raise UsageError
    if inputs:
        opts.input, opts.extra_inputs = inputs[0], inputs[1:]
    return opts


def _traceback(exc: SyntaxError, name: str) -> str:
    where = f'  File "{exc.filename or name}", line {exc.lineno or 1}'
    scope = getattr(exc, "scope", None)
    if scope:
        where += f", in {scope}"
    kind = "IndentationError" if isinstance(exc, IndentationError) else "SyntaxError"
    return f"Traceback (most recent call last):\n{where}\n{kind}: {exc.msg}\n"


def _default_output(path: str) -> str:
    base = path[:-3] if path.endswith(".py") else path
    return base + ".mpy"


def main(argv: list[str] | None = None, stdin=None, stdout=None, stderr=None) -> int:
    """Run the tool; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        opts = parse_args(argv)
    except UsageError:
        stdout.write(USAGE.format(prog="mpy_cross.py", arches=", ".join(ARCHES)))
        return 1
    except OptionError as exc:
        stderr.write(f"{exc}\n")
        return 1
    if opts.version:
        stdout.write(VERSION_TEXT + "\n")
        return 0
    if opts.input is None:
        stderr.write("no input file\n")
        return 1
    if opts.extra_inputs:
        stderr.write("multiple input files\n")
        return 1

    from_stdin = opts.input == "-"
    name = opts.source_name or ("<stdin>" if from_stdin else opts.input)
    try:
        if from_stdin:
            source = stdin.read()
        else:
            with open(opts.input, "rb") as fh:
                source = fh.read().decode("utf-8")
    except OSError as exc:
        stderr.write(f'OSError: ({exc.errno}, "can\'t open {opts.input}")\n')
        return 1
    except UnicodeDecodeError:
        stderr.write("UnicodeError: \n")
        return 1

    from vm.compile import compile_to_mpy
    try:
        data = compile_to_mpy(source, name, opt_level=opts.opt_level)
    except SyntaxError as exc:
        stderr.write(_traceback(exc, name))
        return 1

    if opts.output is None and from_stdin:
        out = getattr(stdout, "buffer", None)
        if out is None:
            stderr.write("cannot write binary data to this output\n")
            return 1
        out.write(data)
        out.flush()
        return 0
    target = opts.output or _default_output(opts.input)
    try:
        with open(target, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        stderr.write(f'OSError: ({exc.errno}, "can\'t open {target}")\n')
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
