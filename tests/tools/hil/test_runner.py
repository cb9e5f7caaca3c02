"""`mote test`: the HIL suite on an emulated pyboard over a pty and over stdio.

The two transports must give identical results, test for test; the JUnit XML of each
run must be valid.  A small suite of deliberately failing, crashing, hanging and
skipping scripts checks how the runner judges and reports them.
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.tools.hil.test_junit import check_junit
from tools.hil.runner import discover

REPO = Path(__file__).resolve().parents[3]
SUITE = REPO / "tests" / "hil_suite"
MOTE = [sys.executable, "-m", "tools.mote"]


def mote_test(*args):
    return subprocess.run(MOTE + ["test", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=600)


def statuses(junit_path):
    out = {}
    for case in ET.parse(junit_path).getroot().iter("testcase"):
        kind = next((c.tag for c in case if c.tag in ("failure", "error", "skipped")), "pass")
        out[case.get("name")] = kind
    return out


def test_the_suite_has_at_least_30_scripts_in_every_area():
    names = [name for _, name in discover([SUITE])]
    assert len(names) >= 30
    assert {name.split("/")[0] for name in names} == {"lang", "modules", "fs", "async", "skip"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    out = tmp_path_factory.mktemp("hil")
    results = {}
    for console in ("pty", "stdio"):
        junit = out / f"{console}.xml"
        proc = mote_test("--target", "pyboard", "--console", console, "--junit", str(junit),
                         str(SUITE))
        results[console] = (proc, junit)
    return results


def test_pty_and_stdio_give_identical_results(runs):
    pty_proc, pty_xml = runs["pty"]
    stdio_proc, stdio_xml = runs["stdio"]
    pty, stdio = statuses(pty_xml), statuses(stdio_xml)
    differ = {name: (pty.get(name), stdio.get(name)) for name in pty.keys() | stdio.keys()
              if pty.get(name) != stdio.get(name)}
    assert not differ, (differ, pty_proc.stdout[-3000:], stdio_proc.stdout[-3000:])
    assert pty_proc.returncode == stdio_proc.returncode
    summary = [line for line in pty_proc.stdout.splitlines() if " tests: " in line]
    print("pty:  ", summary, "\nstdio:", [line for line in stdio_proc.stdout.splitlines()
                                          if " tests: " in line])


def test_every_script_ran_and_the_stable_areas_pass(runs):
    for console, (proc, junit) in runs.items():
        results = statuses(junit)
        assert len(results) == len(discover([SUITE])), console
        assert "error" not in results.values(), (console, proc.stdout[-3000:])
        for name, status in results.items():
            if name.startswith(("lang/", "fs/")):
                assert status == "pass", (console, name, proc.stdout[-3000:])
        assert results["skip/needs_network.py"] == "skipped"


def test_the_junit_xml_of_both_runs_is_valid(runs):
    for console, (_, junit) in runs.items():
        suite = check_junit(junit)
        assert suite.get("name") == "hil_suite"
        target = suite.find("properties/property[@name='target']").get("value")
        assert target == f"pyboard (emulated, {console})"


def test_failures_crashes_hangs_and_skips_are_reported(tmp_path):
    cases = {
        "good.py": "print('fine')\n",
        "wrong.py": "print('board')\n",
        "crash.py": "print('before')\nraise ValueError('x')\n",
        "hang.py": "while True:\n    pass\n",
        "skipped.py": "print('SKIP')\nraise SystemExit\n",
        "after.py": "print('the board survived the hang')\n",
    }
    for name, code in cases.items():
        (tmp_path / name).write_text(code)
    (tmp_path / "wrong.py.exp").write_text("expected\n")
    junit = tmp_path / "out.xml"
    proc = mote_test("--target", "pyboard", "--timeout", "2", "--junit", str(junit),
                     str(tmp_path))
    assert proc.returncode == 1
    assert statuses(junit) == {"after.py": "pass", "crash.py": "failure", "good.py": "pass",
                               "hang.py": "error", "skipped.py": "skipped",
                               "wrong.py": "failure"}
    assert "6 tests: 2 passed, 2 failed, 1 skipped, 1 errors on pyboard" in proc.stdout
    assert "-expected\n+board\n" in proc.stdout  # the failure's diff is shown


def test_an_unknown_target_or_missing_directory_is_a_usage_error(tmp_path):
    (tmp_path / "t.py").write_text("print(1)\n")
    unknown = mote_test("--target", "no_such_board", str(tmp_path))
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("mote test: unknown target 'no_such_board'")
    missing = mote_test("--target", "pyboard", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "no such file or directory" in missing.stderr
