"""Virtual time: a day of 20 sleeping tasks runs on the world's VirtualClock, and two runs
print the same thing (with either task queue).  The wall time it takes is printed by
``bench/asyncio_bench.py``, not asserted here.
"""

import io
from pathlib import Path

from hal.world.clock import VirtualClock
from vm.runtime.vm import VM

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
APP = HERE / "apps" / "sleepers_24h.py"


def run_day(pure: bool) -> str:
    """Run the 24-hour app in a fresh VM on a fresh virtual clock; its output."""
    out = io.StringIO()
    vm = VM(stdout=out, path=[str(REPO)])
    vm.clock = VirtualClock()
    if pure:
        vm.modules["_asyncio"] = None  # the pure-Python task queue
    vm.exec_source(APP.read_text(), str(APP))
    return out.getvalue()


def test_a_simulated_day_is_deterministic_with_either_task_queue():
    first = run_day(pure=False)
    assert run_day(pure=False) == first
    assert run_day(pure=True) == first
    lines = first.splitlines()
    assert lines[23].startswith("hour 24 ") and lines[23].endswith(" clock 86400000")
    assert lines[-1] == "date (2024, 1, 2, 0, 0, 0)"
    # Every task woke many times, so the day really was simulated step by step.
    assert all(int(line.split()[2]) > 100 for line in lines[24:44])
