"""Compile time per KB of source: Mote's compiler vs the real mpy-cross, same inputs, same run.

Usage: python bench/compile_speed.py [repeat]
The input is the compiler's test snippets concatenated into one module (each wrapped in a
function so names do not clash), repeated to about 40 KB.  mpy-cross time includes its
process start-up, measured separately on an empty file and subtracted.
"""

from __future__ import annotations

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


def _corpus() -> str:
    parts, i = [], 0
    while sum(map(len, parts)) < 40_000:
        for name, src in sorted(SNIPPETS.items()):
            if "nonlocal" in src or "global" in src:
                continue
            parts.append(f"def _bench_{i}_{name}():\n" + textwrap.indent(src, "    ") + "\n")
            i += 1
    return "".join(parts)


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    source = _corpus()
    kb = len(source.encode()) / 1024
    with tempfile.TemporaryDirectory() as d:
        Path(d, "big.py").write_text(source)
        Path(d, "empty.py").write_text("")
        exe = mpy_cross_path()
        run = lambda f: subprocess.run([exe, f], cwd=d, check=True)  # noqa: E731
        ref = _best(lambda: run("big.py"), repeat) - _best(lambda: run("empty.py"), repeat)
    ours = _best(lambda: compile_source(source, "big.py"), repeat)
    print(f"source: {kb:.1f} KB")
    print(f"mote compiler: {ours / kb * 1000:.2f} ms/KB")
    print(f"mpy-cross:     {max(ref, 1e-6) / kb * 1000:.3f} ms/KB (start-up subtracted)")
    print(f"ratio (mote / mpy-cross): {ours / max(ref, 1e-6):.0f}x")


if __name__ == "__main__":
    main()
