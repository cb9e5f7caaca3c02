"""JUnit XML for a HIL run (the schema CI servers read: testsuites > testsuite > testcase).

Each script is a ``testcase`` named by its path, with ``classname`` its directory as a
dotted name under the suite; a failure carries a unified diff of expected and actual
output, an error its message, a skip an empty ``skipped`` element.
"""

from __future__ import annotations

import difflib
import socket
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.hil.results import ERROR, FAIL, SKIP, Summary, TestResult

__all__ = ["output_diff", "to_element", "write_junit"]


def output_diff(result: TestResult) -> str:
    """Unified diff, expected -> actual, of a failed script's output."""
    expected = result.expected.decode("utf-8", "replace").splitlines(keepends=True)
    actual = result.output.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(expected, actual, result.expected_from or "expected",
                                        "board", lineterm="\n"))


def _classname(suite: str, name: str) -> str:
    parent = Path(name).parent.as_posix()
    return suite if parent == "." else suite + "." + parent.replace("/", ".")


def _text(data: bytes) -> str:
    # XML 1.0 cannot hold most control characters: show them escaped.
    text = data.decode("utf-8", "replace")
    return "".join(c if c in "\t\n\r" or ord(c) >= 0x20 else f"\\x{ord(c):02x}" for c in text)


def to_element(summary: Summary, suite: str, target: str, started: float) -> ET.Element:
    counts = summary.counts()
    root = ET.Element("testsuites", name="mote-hil", tests=str(len(summary.results)),
                      failures=str(counts[FAIL]), errors=str(counts[ERROR]),
                      skipped=str(counts[SKIP]))
    total = sum(r.seconds for r in summary.results)
    root.set("time", f"{total:.3f}")
    ts = ET.SubElement(root, "testsuite", name=suite, tests=str(len(summary.results)),
                       failures=str(counts[FAIL]), errors=str(counts[ERROR]),
                       skipped=str(counts[SKIP]), time=f"{total:.3f}",
                       timestamp=time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(started)),
                       hostname=socket.gethostname())
    props = ET.SubElement(ts, "properties")
    ET.SubElement(props, "property", name="target", value=target)
    for result in summary.results:
        case = ET.SubElement(ts, "testcase", name=result.name,
                             classname=_classname(suite, result.name),
                             time=f"{result.seconds:.3f}")
        if result.status == FAIL:
            failure = ET.SubElement(case, "failure", type="OutputMismatch",
                                    message=f"output differs from {result.expected_from}")
            failure.text = _text(output_diff(result).encode())
        elif result.status == ERROR:
            error = ET.SubElement(case, "error", type="BoardError", message=result.message)
            error.text = _text(result.output)
        elif result.status == SKIP:
            ET.SubElement(case, "skipped", message=result.message or "SKIP")
        if result.output:
            ET.SubElement(case, "system-out").text = _text(result.output)
    return root


def write_junit(path: str | Path, summary: Summary, suite: str, target: str,
                started: float) -> None:
    """Write the run as JUnit XML to ``path``."""
    tree = ET.ElementTree(to_element(summary, suite, target, started))
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
