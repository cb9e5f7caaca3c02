"""The ``mote`` subcommands that talk to a board through its REPL (one module each).

Each module holds ``HELP`` (one line), ``configure(parser)`` adding its arguments and
``run(args) -> int``.  ``COMMANDS`` is the table ``tools/mote.py`` merges into its own:
name -> (command, help), where a command is callable with the parsed arguments and has
a ``configure`` method.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["COMMANDS", "Command"]


class Command:
    """A subcommand found by module name (imported when the parser is built)."""

    def __init__(self, module: str) -> None:
        self.module: ModuleType = importlib.import_module(module)

    def configure(self, parser) -> None:
        self.module.configure(parser)

    def __call__(self, args) -> int:
        return self.module.run(args)


#: Subcommand name -> module implementing it.
_MODULES = {
    "repl": "tools.client.commands.repl",
    "exec": "tools.client.commands.exec_code",
    "eval": "tools.client.commands.eval_expr",
    "run-file": "tools.client.commands.run_file",
    "ls": "tools.client.commands.ls",
    "cat": "tools.client.commands.cat",
    "cp": "tools.client.commands.cp",
    "rm": "tools.client.commands.rm",
    "mkdir": "tools.client.commands.mkdir",
    "test": "tools.hil.command",
}

COMMANDS: dict[str, tuple[Command, str]] = {}
for _name, _module in _MODULES.items():
    _command = Command(_module)
    COMMANDS[_name] = (_command, _command.module.HELP)
