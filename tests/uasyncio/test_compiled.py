"""The uasyncio package compiles with the real mpy-cross 1.29, and the compiled .mpy
files (as they will be frozen into firmware images) run the conformance programs on the
real MicroPython just like the sources do."""

from pathlib import Path

import pytest

from tests.uasyncio import harness
from tools.oracles import mpy_cross

SOURCES = sorted(harness.PACKAGE.glob("*.py"))
SAMPLE = ["gather_return_exceptions", "cancel_in_wait_for", "lock_fifo", "cpy_queue_join",
          "threadsafeflag_basic", "exception_handler_default"]


@pytest.fixture(scope="module")
def compiled_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("uasyncio_mpy")
    pkg = root / "pkg"
    pkg.mkdir()
    for f in SOURCES:
        # Recorded source name as a freezer records it: the path inside the package.
        p = mpy_cross(f, pkg / f"{f.stem}.mpy", "-s", f"asyncio/{f.name}")
        assert p.returncode == 0, f"{f.name}: {p.stderr}"
    return harness.make_input_dir(root / "input", pkg)


def test_every_module_compiles(compiled_dir):
    built = sorted(p.stem for p in (compiled_dir / "asyncio").glob("*.mpy"))
    assert built == sorted(f.stem for f in SOURCES)
    assert not list((compiled_dir / "asyncio").glob("*.py"))


@pytest.mark.parametrize("name", SAMPLE)
def test_compiled_package_runs_programs(name, compiled_dir):
    assert harness.run_on_wasm(name, Path(compiled_dir), pure=True) == harness.expected(name)
