"""The pytest plugin: installed through the `pytest11` entry point, it gives tests a
`board` fixture on an emulated board by default."""

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples" / "hil_pytest"


def pytest_run(*args, cwd=EXAMPLES):
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=600)


def test_the_plugin_is_declared_as_a_pytest11_entry_point():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert project["project"]["entry-points"]["pytest11"] == {
        "mote_hil": "tools.hil.pytest_plugin"}
    installed = {ep.name: ep.value for ep in metadata.entry_points(group="pytest11")}
    assert installed.get("mote_hil") == "tools.hil.pytest_plugin", \
        "reinstall Mote (tools/setup.sh) so pytest finds the plugin"


def test_its_options_are_in_pytest_help():
    out = pytest_run("--help").stdout
    for option in ("--board-name", "--board-port", "--board-console"):
        assert option in out


def test_the_example_hil_tests_pass_on_an_emulated_pyboard():
    proc = pytest_run("-q", ".")
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "6 passed" in proc.stdout


def test_a_real_port_is_used_when_given(tmp_path):
    # A board on a port that is not there: the fixture reports it, no emulator starts.
    (tmp_path / "test_one.py").write_text("def test_x(board):\n    pass\n")
    proc = pytest_run("-q", "--board-port", "/dev/no-such-board", str(tmp_path), cwd=tmp_path)
    assert proc.returncode == 1
    assert "could not open port /dev/no-such-board" in proc.stdout
