"""The runner's progress display: a live counter on a terminal, one line per test
otherwise (logs, CI), and the failures' diffs at the end."""

from __future__ import annotations

import sys
from typing import TextIO

from tools.hil.junit import output_diff
from tools.hil.results import ERROR, FAIL, Summary, TestResult

__all__ = ["Progress"]


class Progress:
    def __init__(self, stream: TextIO | None = None, verbose: bool = False) -> None:
        self.stream = stream or sys.stdout
        self.live = self.stream.isatty()
        self.verbose = verbose

    def result(self, index: int, total: int, result: TestResult) -> None:
        width = len(str(total))
        line = f"[{index:>{width}}/{total}] {result.status:<5} {result.name}"
        if result.status == ERROR:
            line += f"  ({result.message})"
        if self.live and result.status not in (FAIL, ERROR) and not self.verbose:
            # Overwrite the counter line; keep failures on screen.
            self.stream.write("\r\x1b[K" + line)
        else:
            self.stream.write(("\r\x1b[K" if self.live else "") + line + "\n")
        self.stream.flush()

    def finish(self, summary: Summary, target: str) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
        for result in summary.results:
            if result.status == FAIL:
                diff = output_diff(result)
                self.stream.write(f"=== {result.name}: output differs\n{diff}")
                if not diff.endswith("\n"):
                    self.stream.write("\n\\ No newline at end of output\n")
        self.stream.write(f"{summary.line()} on {target}\n")
        self.stream.flush()
