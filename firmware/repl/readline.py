"""The friendly REPL's line editor, after MicroPython's ``shared/readline``.

One ``readline`` call edits the last line of a multi-line input buffer, echoing as a
terminal expects: printable characters, Backspace (a whole auto-indent level at once),
Left/Right/Home/End/Delete (VT100 escape sequences), Up/Down through the history,
Tab to complete (or to indent after whitespace), and the Emacs keys MicroPython's
"extra features" ports enable (Ctrl-B/F/K/N/P/U, Ctrl-D delete).

It returns 0 when the line is finished (Enter; ``\\r``, ``\\n`` or ``\\r\\n`` count once),
or the control character the REPL acts on: Ctrl-A..Ctrl-E typed on an empty line, and
Ctrl-C at any time.

Auto-indent: a continuation line starts indented like the line before, one level (4
spaces) deeper after a ``:``; none after two blank lines.  A space or Tab typed first
switches it off for the rest of the statement (so pasted code keeps its own indent).
"""

from __future__ import annotations

from collections.abc import Callable

from firmware.console.base import Console

__all__ = ["CTRL_A", "CTRL_B", "CTRL_C", "CTRL_D", "CTRL_E", "LineEditor"]

CTRL_A, CTRL_B, CTRL_C, CTRL_D, CTRL_E = 1, 2, 3, 4, 5
_CTRL_F, _CTRL_K, _CTRL_N, _CTRL_P, _CTRL_U = 6, 11, 14, 16, 21
_ESC, _TAB, _BS, _DEL = 27, 9, 8, 127

#: MicroPython's ``MICROPY_READLINE_HISTORY_SIZE``.
HISTORY_SIZE = 8

#: ``complete(text) -> (insert, matches)``: the text to insert after the cursor, or the
#: list of candidates to show (empty when nothing matches).
Completer = Callable[[str], "tuple[str, list[str]]"]


class LineEditor:
    """Line editing with history on one console (the history outlives each line)."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.history: list[str] = []
        #: Auto-indent for the statement being entered (the REPL re-enables it at each
        #: new statement; typed indentation switches it off).
        self.auto_indent = True
        self._last_nl = 0

    # ## Output helpers

    def _out(self, text: str) -> None:
        self.console.write(text.encode("utf-8"))

    def _back(self, n: int) -> None:
        if n == 1:
            self._out("\b")
        elif n > 1:
            self._out(f"\x1b[{n}D")

    # ## Editing

    def readline(self, line: list[str], prompt: str,
                 complete: Completer | None = None) -> int:
        """Edit one more line into ``line`` (a one-element list holding the input so far);
        returns 0 at Enter, else the control character (see module docstring)."""
        self._out(prompt)
        buf = line[0]
        orig = len(buf)
        state = _State(buf, orig, prompt)
        if self.auto_indent:
            indent = auto_indent_for(buf)
            if indent:
                state.insert(" " * indent)
                self._out(" " * indent)
                state.just_indented = True
        while True:
            c = self.console.read_byte()
            if c is None:
                continue
            result = self._process(state, c, complete)
            if result is not None:
                line[0] = state.buf
                if result == 0:
                    self._push_history(state.buf[orig:])
                return result

    def _process(self, st: _State, c: int, complete: Completer | None) -> int | None:
        just_indented, st.just_indented = st.just_indented, False
        if st.esc:
            return self._escape(st, c)
        empty = len(st.buf) == st.orig
        if CTRL_A <= c <= CTRL_E and empty:
            return c
        if c == CTRL_C:
            return c
        if self._newline(c):
            self._out("\r\n")
            return 0
        if c in (10, 13):  # the second half of \r\n
            return None
        if c == CTRL_A:
            self._move(st, st.orig - st.cursor)
        elif c == CTRL_B:
            self._move(st, -1)
        elif c == CTRL_D:
            self._delete(st)
        elif c == CTRL_E:
            self._move(st, len(st.buf) - st.cursor)
        elif c == _CTRL_F:
            self._move(st, 1)
        elif c == _CTRL_K:
            self._replace_tail(st, st.buf[:st.cursor], st.cursor)
        elif c == _CTRL_N:
            self._history(st, -1)
        elif c == _CTRL_P:
            self._history(st, 1)
        elif c == _CTRL_U:
            self._back(st.cursor - st.orig)
            self._replace_tail(st, st.buf[:st.orig] + st.buf[st.cursor:], st.orig)
        elif c == _ESC:
            st.esc = "\x1b"
        elif c in (_BS, _DEL):
            self._backspace(st)
        elif just_indented and c in (_TAB, 32):
            # Typed (or pasted) indentation after an auto-indent: the user's wins.
            self.auto_indent = False
            if c == 32:
                self._back(3)
                self._replace_tail(st, st.buf[:st.cursor - 3] + st.buf[st.cursor:],
                                   st.cursor - 3)
        elif c == _TAB:
            self._tab(st, complete)
        elif c >= 32:
            self._insert_bytes(st, c)
        return None

    def _newline(self, c: int) -> bool:
        if c in (10, 13) and self._last_nl in (0, c):
            self._last_nl = c
            return True
        self._last_nl = 0
        return False

    def _insert_bytes(self, st: _State, c: int) -> None:
        # UTF-8: gather a multi-byte character before inserting it.
        st.pending.append(c)
        try:
            text = bytes(st.pending).decode("utf-8")
        except UnicodeDecodeError:
            if len(st.pending) < 4:
                return
            text = bytes(st.pending).decode("utf-8", "replace")
        st.pending.clear()
        tail = st.buf[st.cursor:]
        st.insert(text)
        self._out(text + tail)
        self._back(len(tail))

    def _move(self, st: _State, delta: int) -> None:
        target = max(st.orig, min(len(st.buf), st.cursor + delta))
        if target < st.cursor:
            self._back(st.cursor - target)
        elif target > st.cursor:
            self._out(st.buf[st.cursor:target])
        st.cursor = target

    def _replace_tail(self, st: _State, new_buf: str, cursor: int) -> None:
        """Set the buffer to ``new_buf`` with the cursor (already on screen) at ``cursor``;
        redraw from the cursor to the end of the line."""
        st.buf = new_buf
        st.cursor = cursor
        tail = st.buf[cursor:]
        self._out(tail + "\x1b[K")
        self._back(len(tail))

    def _backspace(self, st: _State) -> None:
        if st.cursor <= st.orig:
            return
        before = st.buf[st.orig:st.cursor]
        n = 4 if len(before) >= 4 and before.strip(" ") == "" else 1
        self._back(n)
        self._replace_tail(st, st.buf[:st.cursor - n] + st.buf[st.cursor:], st.cursor - n)

    def _delete(self, st: _State) -> None:
        if st.cursor < len(st.buf):
            self._replace_tail(st, st.buf[:st.cursor] + st.buf[st.cursor + 1:], st.cursor)

    def _tab(self, st: _State, complete: Completer | None) -> None:
        if st.cursor > 0 and st.buf[st.cursor - 1].isspace():
            insert, matches = "    ", []
        elif complete is None:
            return
        else:
            insert, matches = complete(st.buf[st.orig:st.cursor])
        if insert:
            for ch in insert.encode("utf-8"):
                self._insert_bytes(st, ch)
        elif matches:
            self._out("\r\n" + format_matches(matches) + st.prompt
                      + st.buf[st.orig:])
            self._back(len(st.buf) - st.cursor)

    def _history(self, st: _State, step: int) -> None:
        index = st.hist + step
        if index < -1 or index >= len(self.history):
            return
        st.hist = index
        text = "" if index < 0 else self.history[index]
        self._back(st.cursor - st.orig)
        st.buf = st.buf[:st.orig] + text
        st.cursor = len(st.buf)
        self._out(text + "\x1b[K")

    def _push_history(self, text: str) -> None:
        if text.strip() and (not self.history or self.history[0] != text):
            self.history.insert(0, text)
            del self.history[HISTORY_SIZE:]

    def _escape(self, st: _State, c: int) -> int | None:
        st.esc += chr(c)
        seq = st.esc
        if seq in ("\x1b[", "\x1bO") or (seq.startswith("\x1b[") and chr(c).isdigit()):
            return None
        st.esc = ""
        key = _ESCAPES.get(seq)
        if key == "up":
            self._history(st, 1)
        elif key == "down":
            self._history(st, -1)
        elif key == "right":
            self._move(st, 1)
        elif key == "left":
            self._move(st, -1)
        elif key == "home":
            self._move(st, st.orig - st.cursor)
        elif key == "end":
            self._move(st, len(st.buf) - st.cursor)
        elif key == "delete":
            self._delete(st)
        return None


#: VT100/xterm key sequences -> editor actions.
_ESCAPES = {
    "\x1b[A": "up", "\x1b[B": "down", "\x1b[C": "right", "\x1b[D": "left",
    "\x1bOA": "up", "\x1bOB": "down", "\x1bOC": "right", "\x1bOD": "left",
    "\x1b[H": "home", "\x1b[F": "end", "\x1bOH": "home", "\x1bOF": "end",
    "\x1b[1~": "home", "\x1b[7~": "home", "\x1b[4~": "end", "\x1b[8~": "end",
    "\x1b[3~": "delete",
}


class _State:
    """One line being edited: the whole input buffer, where this line starts, cursor."""

    def __init__(self, buf: str, orig: int, prompt: str) -> None:
        self.buf = buf
        self.orig = orig
        self.cursor = len(buf)
        self.prompt = prompt
        self.hist = -1
        self.esc = ""
        self.pending: list[int] = []
        self.just_indented = False

    def insert(self, text: str) -> None:
        self.buf = self.buf[:self.cursor] + text + self.buf[self.cursor:]
        self.cursor += len(text)


def auto_indent_for(buf: str) -> int:
    """Spaces to start a continuation line with, given the input so far (ending in \\n)."""
    if len(buf) < 2 or not buf.endswith("\n"):
        return 0
    lines = buf[:-1].split("\n")
    last = lines[-1]
    if len(lines) > 1 and last.strip(" ") == "" and lines[-2].strip(" ") == "":
        return 0  # two blank lines: the statement is being ended
    level = (len(last) - len(last.lstrip(" "))) // 4
    if last.endswith(":"):
        level += 1
    return level * 4


def format_matches(names: list[str]) -> str:
    """Completion candidates laid out in 16-column slots, at most 64 columns a line."""
    out, width = [], 0
    for name in names:
        gap = -width % 16
        if gap < 2:
            gap += 16
        if width and width + gap + len(name) <= 64:
            out.append(" " * gap + name)
            width += gap + len(name)
        else:
            out.append(("\r\n" if width else "") + name)
            width = len(name)
    return "".join(out) + "\r\n"
