"""Compile time per KB of source: Mote's compiler vs the real mpy-cross, same inputs, same run.

Usage: python bench/compile_speed.py [repeat]
The input is the compiler's test snippets concatenated into one module (each wrapped in a
function so names do not clash), repeated to about 40 KB.  Times are CPU times (this
process's for ours, the child's for mpy-cross), so other load on the machine does not
skew the ratio; mpy-cross's process start-up is measured on an empty file and
subtracted.  Each figure is the best of ``repeat`` runs.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.vm.compile.snippets import SNIPPETS  # noqa: E402
from tools.oracles import mpy_cross_path  # noqa: E402
from vm.compile import compile_source  # noqa: E402


def _corpus(size: int = 40_000) -> str:
    parts, i = [], 0
    while sum(map(len, parts)) < size:
        for name, src in sorted(SNIPPETS.items()):
            if "nonlocal" in src or "global" in src:
                continue
            parts.append(f"def _bench_{i}_{name}():\n" + textwrap.indent(src, "    ") + "\n")
            i += 1
    return "".join(parts)


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def _best_child(cmd: list[str], cwd: str, repeat: int, runs: int = 10) -> float:
    """Best CPU time (user + system) of one run of ``cmd`` as a child process, each sample
    averaging ``runs`` runs (the kernel accounts child CPU time in coarse ticks)."""
    best = float("inf")
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        for _ in range(runs):
            subprocess.run(cmd, cwd=cwd, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, ((after.ru_utime - before.ru_utime)
                          + (after.ru_stime - before.ru_stime)) / runs)
    return best


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    source = _corpus()
    kb = len(source.encode()) / 1024
    with tempfile.TemporaryDirectory() as d:
        Path(d, "big.py").write_text(source)
        Path(d, "empty.py").write_text("")
        exe = mpy_cross_path()
        ref = (_best_child([exe, "big.py"], d, repeat)
               - _best_child([exe, "empty.py"], d, repeat))
    ours = _best(lambda: compile_source(source, "big.py"), repeat)
    ref = max(ref, 1e-6)
    print(f"source: {kb:.1f} KB")
    print(f"mote compiler: {ours / kb * 1000:.2f} ms/KB (CPU)")
    print(f"mpy-cross:     {ref / kb * 1000:.3f} ms/KB (CPU, start-up subtracted)")
    print(f"ratio (mote / mpy-cross): {ours / ref:.1f}x")


if __name__ == "__main__":
    main()
