"""The outcome of one HIL test script, and the tally of a run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["ERROR", "FAIL", "PASS", "SKIP", "Summary", "TestResult"]

PASS, FAIL, SKIP, ERROR = "pass", "fail", "skip", "error"


@dataclass
class TestResult:
    """One script's result: ``status`` is pass, fail (output differs), skip, or error
    (the board stopped answering or the script timed out)."""

    __test__ = False  # a result, not a test class for pytest to collect

    name: str  # path relative to the suite directory, e.g. "lang/closures.py"
    status: str
    seconds: float
    output: bytes = b""
    expected: bytes = b""
    expected_from: str = ""
    message: str = ""



@dataclass
class Summary:
    """Counts of a run, and the results in the order they ran."""

    results: list[TestResult] = field(default_factory=list)

    def counts(self) -> Counter:
        return Counter(r.status for r in self.results)

    @property
    def ok(self) -> bool:
        counts = self.counts()
        return not counts[FAIL] and not counts[ERROR]

    def line(self) -> str:
        counts = self.counts()
        parts = [f"{counts[PASS]} passed", f"{counts[FAIL]} failed", f"{counts[SKIP]} skipped"]
        if counts[ERROR]:
            parts.append(f"{counts[ERROR]} errors")
        return f"{len(self.results)} tests: " + ", ".join(parts)
