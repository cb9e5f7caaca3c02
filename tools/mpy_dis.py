"""Print an .mpy file (ours or the real mpy-cross's) as readable bytecode.

    python tools/mpy_dis.py file.mpy [file2.mpy ...]

Shows the header, the qstr and constant tables, and for each function its prelude
(name, arguments, flags, n_state, cells) and instructions with source lines and symbolic
operands, then whether the file passes validation.  Exit status 1 if a file cannot be
read at all.
"""

from __future__ import annotations

import argparse
import os
import sys

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from vm.bytecode import opcodes as op  # noqa: E402
from vm.bytecode import prelude as _prelude  # noqa: E402
from vm.bytecode.decode import Instr, decode  # noqa: E402
from vm.code import CodeKind, CompiledModule, RawCode  # noqa: E402
from vm.mpy import format as F  # noqa: E402
from vm.mpy.reader import read  # noqa: E402
from vm.mpy.validate import validate  # noqa: E402

__all__ = ["disassemble", "main"]

_FLAG_NAMES = [(_prelude.SCOPE_GENERATOR, "generator"), (_prelude.SCOPE_VARKEYWORDS, "**kw"),
               (_prelude.SCOPE_VARARGS, "*args"), (_prelude.SCOPE_DEFKWARGS, "kwdefaults")]
_LOCAL_NAMES = {"LOAD_FAST_N", "STORE_FAST_N", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF",
                "DELETE_DEREF"}


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _qstr(module: CompiledModule, idx: int) -> str:
    return module.qstrs[idx] if 0 <= idx < len(module.qstrs) else f"<bad qstr {idx}>"


def _operand(ins: Instr, module: CompiledModule, rc: RawCode, p) -> str:
    name, arg = ins.op.name, ins.arg
    if arg is None:
        return ""
    if ins.op.fmt == op.QSTR:
        return f"{arg} ({_qstr(module, arg)})"
    if ins.op.is_jump:
        extra = "" if ins.extra is None else f", unwind {ins.extra & 0x7F}" + (
            " + iterator" if ins.extra & 0x80 else "")
        return f"-> {arg}{extra}"
    if name == "LOAD_CONST_OBJ":
        const = module.consts[arg] if arg < len(module.consts) else "<bad constant>"
        return f"{arg} ({_short(const)})"
    if name.startswith("MAKE_"):
        if arg < len(rc.children) and rc.children[arg].kind == CodeKind.BYTECODE:
            try:
                child = _qstr(module, _prelude.decode(rc.children[arg].fun_data).simple_name)
            except ValueError:
                child = "?"
        else:
            child = "?"
        cells = "" if ins.extra is None else f", {ins.extra} cells"
        return f"child {arg} ({child}){cells}"
    family = name.split("(")[0]
    if name in _LOCAL_NAMES or family in ("LOAD_FAST_MULTI", "STORE_FAST_MULTI"):
        if arg < len(p.arg_names):
            return f"{arg} ({_qstr(module, p.arg_names[arg])})"
        return str(arg)
    if family in ("UNARY_OP_MULTI", "BINARY_OP_MULTI", "LOAD_CONST_SMALL_INT_MULTI"):
        return ""  # already spelled out in the name
    if name in ("CALL_FUNCTION", "CALL_FUNCTION_VAR_KW", "CALL_METHOD",
                "CALL_METHOD_VAR_KW"):
        return f"{arg & 0xFF} positional, {(arg >> 8) & 0xFF} keyword"
    if name == "UNPACK_EX":
        return f"{arg & 0xFF} before, {(arg >> 8) & 0xFF} after"
    return str(arg)


def _function(out: list[str], module: CompiledModule, rc: RawCode, path: str) -> None:
    if rc.kind != CodeKind.BYTECODE:
        out.append(f"\nraw code {path}: {CodeKind(rc.kind).name.lower()}, "
                   f"{len(rc.fun_data)} bytes of machine code, "
                   f"{len(rc.native or b'')} bytes of native metadata, "
                   f"{len(rc.children)} children")
    else:
        try:
            p = _prelude.decode(rc.fun_data)
        except ValueError as exc:
            out.append(f"\nraw code {path}: bad prelude: {exc}")
            p = None
        if p is not None:
            _bytecode(out, module, rc, path, p)
    for i, child in enumerate(rc.children):
        _function(out, module, child, f"{path}/{i}")


def _bytecode(out: list[str], module: CompiledModule, rc: RawCode, path: str, p) -> None:
    name = _qstr(module, p.simple_name)
    out.append(f"\nfunction {name} [{path}]: {len(rc.fun_data)} bytes, "
               f"{len(rc.children)} children")
    args = [_qstr(module, q) for q in p.arg_names]
    pos, kwonly = args[:p.n_pos_args], args[p.n_pos_args:]
    flags = [label for bit, label in _FLAG_NAMES if p.scope_flags & bit]
    out.append(f"  args: ({', '.join(pos)}{'; *, ' + ', '.join(kwonly) if kwonly else ''})"
               f", {p.n_def_pos_args} with defaults")
    out.append(f"  n_state={p.n_state} n_exc_stack={p.n_exc_stack} "
               f"flags=0x{p.scope_flags:02x}{' (' + ', '.join(flags) + ')' if flags else ''}")
    if p.cells:
        out.append(f"  cells: {', '.join(str(c) for c in p.cells)}")
    out.append(f"  code starts at {p.code_start} (line info {len(p.line_info)} bytes)")
    try:
        code = decode(rc.fun_data, p.code_start, len(rc.fun_data))
    except ValueError as exc:
        out.append(f"  cannot decode: {exc}")
        return
    last_line = None
    for ins in code:
        line = _prelude.line_of(p, ins.offset)
        shown = f"{line:5d}" if line != last_line else "     "
        last_line = line
        operand = _operand(ins, module, rc, p)
        out.append(f"  {shown} {ins.offset:5d}  {ins.op.name:<28} {operand}".rstrip())


def disassemble(data: bytes, name: str = "<mpy>") -> str:
    """The listing of one .mpy file (raises ValueError if it cannot be read at all)."""
    module = read(data)
    arch = F.ARCH_NAMES.get(module.arch, str(module.arch))
    out = [f"{name}: {len(data)} bytes, mpy version {F.VERSION}"
           + (f".{F.SUB_VERSION}" if module.arch else "")
           + f", arch {arch}"
           + (f" (flags 0x{module.arch_flags:x})" if module.arch_flags else "")
           + f", small int bits {module.small_int_bits}",
           f"source file: {module.source_file}",
           f"qstrs ({len(module.qstrs)}):"]
    out += [f"  {i:4d} {q!r}" for i, q in enumerate(module.qstrs)]
    out.append(f"constants ({len(module.consts)}):")
    out += [f"  {i:4d} {type(c).__name__:8} {_short(c, 70)}"
            for i, c in enumerate(module.consts)]
    _function(out, module, module.root, "0")
    try:
        validate(module)
        out.append("\nvalidation: ok")
    except ValueError as exc:
        out.append(f"\nvalidation: {exc}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Disassemble MicroPython .mpy files.")
    parser.add_argument("files", nargs="+", help=".mpy files")
    ns = parser.parse_args(argv)
    status = 0
    for path in ns.files:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            sys.stdout.write(disassemble(data, path))
        except (OSError, ValueError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
