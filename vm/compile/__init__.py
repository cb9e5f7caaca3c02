"""The Mote compiler: Python source -> MicroPython bytecode v6 (``mpy-cross`` compatible).

``compile_source`` returns a ``vm.code.CompiledModule``; ``compile_to_mpy`` also writes it
as .mpy bytes.  Errors in the source raise a host ``SyntaxError`` carrying MicroPython's
message and ``(filename, lineno, col, line_text)``.
"""

from __future__ import annotations

from vm.code import CompiledModule

__all__ = ["compile_source", "compile_to_mpy"]


def compile_source(source: str, filename: str = "<stdin>", *,
                   opt_level: int = 0) -> CompiledModule:
    """Compile ``source`` as mpy-cross would (``opt_level`` is its ``-O`` level)."""
    from vm.compile import codegen, front
    from vm.compile.errors import CompileError

    lines = source.splitlines()
    compiler = None
    try:
        tree = front.parse(source, filename, opt_level)
        compiler = codegen.Compiler(filename, opt_level, tree.mp_long_names)
        root = compiler.compile_module(tree)
    except CompileError as exc:
        lineno = exc.lineno
        text = lines[lineno - 1] if lineno and 0 < lineno <= len(lines) else None
        err = SyntaxError(exc.msg, (filename, lineno, exc.offset, text))
        # MicroPython names the scope being compiled ("in f") for compiler errors
        # (errors of the front end are MicroPython parser errors: no scope)
        scope = getattr(compiler, "scope", None)
        if scope is not None:
            err.scope = scope.simple_name
        raise err from None
    except RecursionError:
        raise SyntaxError("maximum recursion depth exceeded", (filename, 1, 1, None)) \
            from None
    return CompiledModule(qstrs=compiler.qstrs.items, consts=compiler.consts.items,
                          root=root, source_file=filename)


def compile_to_mpy(source: str, filename: str = "<stdin>", *, opt_level: int = 0) -> bytes:
    """Compile ``source`` and serialise it as a .mpy v6.3 file."""
    module = compile_source(source, filename, opt_level=opt_level)
    from vm.mpy.writer import dump
    return dump(module)
