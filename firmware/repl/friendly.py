"""The friendly REPL (``>>> ``), after MicroPython's ``pyexec_friendly_repl``.

Banner on entry.  Each statement is edited with ``LineEditor`` (history, completion,
auto-indent) and continued with ``... `` while ``continue_with_input`` says so; the
result of an expression is echoed with ``repr``.  On an empty line: Ctrl-A enters the
raw REPL, Ctrl-B prints the banner again, Ctrl-D soft-resets, Ctrl-E enters paste mode
(``=== `` prompts; Ctrl-D runs what was pasted, Ctrl-C cancels).  Ctrl-C abandons the
statement being typed; Ctrl-D in a continuation line runs what has been typed.
"""

from __future__ import annotations

from firmware.repl.continuation import continue_with_input
from firmware.repl.execute import FORCED_EXIT
from firmware.repl.readline import CTRL_A, CTRL_B, CTRL_C, CTRL_D, CTRL_E

__all__ = ["PASTE_PROMPT", "PS1", "PS2", "friendly_repl"]

PS1 = ">>> "
PS2 = "... "
PASTE_BANNER = "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== "
PASTE_PROMPT = "=== "


def friendly_repl(session) -> int:
    """Serve the friendly REPL until Ctrl-A (returns 0) or a soft reset (FORCED_EXIT)."""
    from firmware.repl.session import RAW
    editor = session.editor
    session.write(session.banner.text())
    while True:
        editor.auto_indent = True
        line = [""]
        ret = editor.readline(line, PS1, session.completer)
        mode = "single"
        if ret == CTRL_A:
            session.write("\r\n")
            session.mode = RAW
            return 0
        if ret == CTRL_B:
            session.write("\r\n" + session.banner.text())
            continue
        if ret == CTRL_C:
            session.write("\r\n")
            continue
        if ret == CTRL_D:
            session.write("\r\n")
            return FORCED_EXIT
        if ret == CTRL_E:
            source = _paste_mode(session)
            if source is None:
                continue
            mode = "file"
        elif not line[0]:
            continue
        else:
            source = _continue(session, line)
            if source is None:
                continue
        status = session.executor.execute(source, mode)
        if status & FORCED_EXIT:
            return status


def _continue(session, line: list[str]) -> str | None:
    """Read continuation lines; the whole statement, or None when cancelled."""
    while continue_with_input(line[0]):
        line[0] += "\n"
        ret = session.editor.readline(line, PS2, session.completer)
        if ret == CTRL_C:
            session.write("\r\n")
            return None
        if ret == CTRL_D:
            break
    return line[0]


def _paste_mode(session) -> str | None:
    """Paste mode: echo everything, ``=== `` after each line; None when cancelled."""
    console = session.console
    session.write(PASTE_BANNER)
    buf = bytearray()
    while True:
        c = console.read_byte()
        if c is None:
            continue
        if c == CTRL_C:
            session.write("\r\n")
            return None
        if c == CTRL_D:
            session.write("\r\n")
            return buf.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
        buf.append(c)
        session.write("\r\n" + PASTE_PROMPT if c == 13 else bytes([c]))
