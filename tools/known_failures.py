"""Refresh the known-failure lists of the differential test corpora from a real run.

    python -m tools.known_failures [--jobs N] [compiler syntax vm_source vm_mpy uasyncio]

Each corpus test is strict about its list: an unlisted failure fails, and so does a listed
program that passes.  This tool runs every program of the named corpora, then rewrites
each list so that it names exactly the programs that fail today, each with a one-line
reason (the first line where the output differs, or the error).  Header comments are kept.
It prints the pass counts, which are the figures the issues ask for.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _first_difference(want: str, got: str) -> str:
    w, g = want.splitlines(), got.splitlines()
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            text = f"line {i + 1}: expected {a!r}, got {b!r}"
            return text if len(text) < 160 else text[:157] + "..."
    return "output differs"


def _conformance(kind: str):
    from tests.conformance import corpus

    if kind == "syntax":
        from vm.compile import compile_source

        def check(path):
            want = corpus.parse_syntax_error(corpus.expected(path))
            try:
                compile_source(path.read_text(encoding="utf-8"), path.name)
            except SyntaxError as exc:
                got = (type(exc).__name__, exc.msg, exc.lineno)
            except Exception as exc:  # noqa: BLE001 - reported as the reason
                got = (type(exc).__name__, str(exc), None)
            else:
                got = None
            return None if got == want else f"mpy-cross: {want}; ours: {got}"
        return corpus.syntax_error_programs(), check, corpus.rel

    programs = [p for p, _ in corpus.programs()]

    if kind == "compiler":
        from vm.compile import compile_to_mpy

        def check(path):
            try:
                mpy = compile_to_mpy(path.read_text(encoding="utf-8"), path.name)
            except Exception as exc:  # noqa: BLE001
                return f"our compiler raised {type(exc).__name__}: {exc}"
            res = corpus.run_on_oracle(path, mpy=bytes(mpy))
            if res.trapped:
                return f"the real VM trapped: {res.trapped}"
            got = corpus.normalise(res.output, path.stem)
            want = corpus.expected(path)
            return None if got == want else _first_difference(want, got)
        return programs, check, corpus.rel

    from tests.conformance import test_vm

    def check(path):
        out = test_vm.run_source(path) if kind == "vm_source" else test_vm.run_mpy(path)
        got = corpus.normalise(out, path.stem)
        want = corpus.expected(path)
        return None if got == want else _first_difference(want, got)
    return programs, check, corpus.rel


def _uasyncio():
    from tests.uasyncio import harness
    tmp = Path(tempfile.mkdtemp(prefix="kf-uasyncio-"))
    input_dir = harness.make_input_dir(tmp)

    def check(name):
        got = harness.run_on_mote(name, input_dir)
        want = harness.expected(name)
        return None if got == want else _first_difference(want, got)
    return harness.program_names(), check, lambda n: f"tests/uasyncio/{n}.py"


LISTS = {
    "compiler": REPO / "tests/conformance/known_failures/compiler.txt",
    "syntax": REPO / "tests/conformance/known_failures/syntax.txt",
    "vm_source": REPO / "tests/conformance/known_failures/vm_source.txt",
    "vm_mpy": REPO / "tests/conformance/known_failures/vm_mpy.txt",
    "uasyncio": REPO / "tests/uasyncio/known_failures.txt",
}


def refresh(kind: str, jobs: int) -> tuple[int, int]:
    items, check, label = _uasyncio() if kind == "uasyncio" else _conformance(kind)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        reasons = list(pool.map(check, items))
    path = LISTS[kind]
    header = [ln for ln in path.read_text().splitlines() if ln.startswith("#")]
    body = [f"{label(item)}  # {reason}" for item, reason in zip(items, reasons) if reason]
    path.write_text("\n".join(header + body) + "\n")
    passed = sum(1 for r in reasons if r is None)
    return passed, len(items)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("kinds", nargs="*", help=f"some of {', '.join(LISTS)} (default: all)")
    p.add_argument("--jobs", type=int, default=2)
    args = p.parse_args(argv)
    unknown = set(args.kinds) - set(LISTS)
    if unknown:
        p.error(f"unknown list(s): {', '.join(sorted(unknown))}")
    for kind in args.kinds or list(LISTS):
        passed, total = refresh(kind, args.jobs)
        print(f"{kind}: {passed}/{total} pass ({100.0 * passed / total:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
