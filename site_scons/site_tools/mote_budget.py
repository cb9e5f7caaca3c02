"""SCons tool: check the image against the board's flash and RAM budgets.

The target is a one-line fit report; on an overrun the build fails with the budget's
message and the image is removed, so an overfull image is never left looking built.
"""

import sys
from pathlib import Path

from SCons.Script import Action, Builder


def _check(target, source, env):
    from boards.registry import load_board
    from firmware.build.budget import BudgetError, check_budgets

    board = load_board(env["BOARD"], Path(env["BOARDS_DIR"]))
    elf = Path(source[0].abspath)
    try:
        report = check_budgets(board, elf.read_bytes())
    except BudgetError as exc:
        elf.unlink(missing_ok=True)
        sys.stderr.write(f"error: {exc}\n")
        return 1
    Path(target[0].abspath).write_text(report.summary() + "\n")
    print(f"  {report.summary()}")
    return 0


def generate(env):
    env["BUILDERS"]["BudgetCheck"] = Builder(action=Action(_check, "BUDGET $SOURCE"))


def exists(env):
    return True
