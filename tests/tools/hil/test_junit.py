"""JUnit XML from a run: the elements and attributes CI servers require."""

import time
import xml.etree.ElementTree as ET

from tools.hil.junit import write_junit
from tools.hil.results import Summary, TestResult

REQUIRED_SUITE = ("name", "tests", "failures", "errors", "skipped", "time")
REQUIRED_CASE = ("name", "classname", "time")


def check_junit(path):
    """Parse a JUnit file and check the schema's required parts; return the suite."""
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    for attr in REQUIRED_SUITE:
        assert attr in suite.attrib, attr
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases)
    for kind, attr in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
        assert int(suite.get(attr)) == sum(1 for c in cases if c.find(kind) is not None)
    for case in cases:
        for attr in REQUIRED_CASE:
            assert attr in case.attrib, (case.attrib, attr)
        float(case.get("time"))
        outcomes = [c.tag for c in case if c.tag in ("failure", "error", "skipped")]
        assert len(outcomes) <= 1
    float(suite.get("time"))
    return suite


def test_every_outcome_is_written_as_junit(tmp_path):
    summary = Summary([
        TestResult("lang/ok.py", "pass", 0.1, b"1\n", b"1\n", "CPython"),
        TestResult("lang/bad.py", "fail", 0.2, b"2\n", b"1\n", "bad.py.exp"),
        TestResult("skip.py", "skip", 0.05, b"SKIP\n", b"", "CPython", "SKIP"),
        TestResult("hang.py", "error", 1.0, b"", b"", "CPython", "timed out after 1s"),
    ])
    out = tmp_path / "junit.xml"
    write_junit(out, summary, "hil_suite", "pyboard (emulated, pty)", time.time())
    suite = check_junit(out)
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"),
            suite.get("skipped")) == ("4", "1", "1", "1")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert cases["lang/ok.py"].get("classname") == "hil_suite.lang"
    assert cases["skip.py"].get("classname") == "hil_suite"
    failure = cases["lang/bad.py"].find("failure")
    assert failure.get("message") == "output differs from bad.py.exp"
    assert "-1\n+2" in failure.text
    assert cases["hang.py"].find("error").get("message") == "timed out after 1s"


def test_control_bytes_in_output_still_give_well_formed_xml(tmp_path):
    summary = Summary([TestResult("x.py", "fail", 0.1, b"\x04\x01\x1b[0m\n", b"", "CPython")])
    out = tmp_path / "junit.xml"
    write_junit(out, summary, "s", "t", time.time())
    case = check_junit(out).find("testcase")
    assert "\\x04\\x01\\x1b[0m" in case.find("system-out").text
