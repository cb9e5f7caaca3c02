"""Every asyncio conformance program, run on the Mote VM (``build/unix/micropython``)
with our uasyncio as ``asyncio``, prints what the real MicroPython printed.

Runs are in virtual time (see harness.py), once with the pure-Python task queue (as the
``pure-virtual`` configuration of test_on_micropython.py does) and once with the VM's
host accelerator ``_asyncio`` (vm/modules/_asyncio.py).  Programs listed in
known_failures.txt are expected to fail both ways, strictly: one that passes must be
delisted.
"""

import pytest

from tests.uasyncio import harness

NAMES = harness.program_names()
KNOWN = harness.known_failures()


def _require_vm():
    if not harness.MOTE_MICROPYTHON.exists():
        pytest.fail(f"{harness.MOTE_MICROPYTHON} does not exist: run the README's setup "
                    "(bash tools/setup.sh) to install the Mote unix port's command")


@pytest.fixture(scope="module")
def input_dir(tmp_path_factory):
    return harness.make_input_dir(tmp_path_factory.mktemp("uasyncio_mote"))


def test_known_failures_name_real_programs():
    assert set(KNOWN) <= set(NAMES), set(KNOWN) - set(NAMES)


@pytest.mark.parametrize("queue", ["pure", "native"])
@pytest.mark.parametrize("name", NAMES)
def test_program_on_mote(name, queue, input_dir):
    _require_vm()
    got = harness.run_on_mote(name, input_dir, pure=queue == "pure")
    ok = got == harness.expected(name)
    if name in KNOWN:
        if ok:
            pytest.fail(f"{name} passes now: remove it from known_failures.txt")
        pytest.xfail(KNOWN[name])
    assert got == harness.expected(name)
