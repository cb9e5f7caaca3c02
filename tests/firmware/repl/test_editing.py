"""The REPL's pieces on their own: when to continue, auto-indent, line editing, completion.

These run in-process on a console fed from the test (no terminal needed).
"""

import pytest

from firmware.console.base import Console
from firmware.repl.completion import Completer
from firmware.repl.continuation import continue_with_input
from firmware.repl.readline import CTRL_A, CTRL_C, LineEditor, auto_indent_for


class Keys(Console):
    """A console the test types into; what the device echoes is collected."""

    def __init__(self, keys: str):
        super().__init__()
        self.sent = bytearray()
        self.feed(keys.encode())
        self.feed_eof()

    def _send(self, data):
        self.sent += data


@pytest.mark.parametrize("text, more", [
    ("x = 1", False),
    ("", False),
    ("def f():", True),
    ("def f():\n    return 1", True),
    ("def f():\n    return 1\n", False),
    ("if x: y()", True),          # a compound statement waits for its empty line
    ("iffy = 3", False),          # a keyword only when it is the whole first word
    ("@decorator", True),
    ("x = (1,", True),
    ("x = (1,\n2)", False),
    ("s = '''doc", True),
    ("s = '''doc\n'''", False),
    ("s = ')'", False),
    ("x = 1 + \\", True),
])
def test_when_the_repl_asks_for_another_line(text, more):
    assert continue_with_input(text) is more


@pytest.mark.parametrize("buf, indent", [
    ("def f():\n", 4),
    ("def f():\n    if x:\n", 8),
    ("def f():\n    return 1\n", 4),
    ("def f():\n    return 1\n    \n", 4),
    ("def f():\n    return 1\n    \n    \n", 0),   # two blank lines end the indent
    ("x = (1,\n", 0),
])
def test_auto_indent_follows_the_previous_line(buf, indent):
    assert auto_indent_for(buf) == indent


def edit(keys: str, start: str = "", prompt: str = ">>> ", history=None):
    console = Keys(keys)
    editor = LineEditor(console)
    if history:
        editor.history = list(history)
    line = [start]
    ret = editor.readline(line, prompt)
    return ret, line[0], bytes(console.sent)


def test_enter_finishes_the_line_and_echoes_a_newline():
    assert edit("abc\r") == (0, "abc", b">>> abc\r\n")


def test_crlf_counts_as_one_enter():
    console = Keys("a\r\nb\r")
    editor = LineEditor(console)
    first, second = [""], [""]
    editor.readline(first, ">>> ")
    editor.readline(second, ">>> ")
    assert (first[0], second[0]) == ("a", "b")


def test_cursor_keys_edit_in_the_middle_of_the_line():
    _, text, _ = edit("ac\x1b[Db\x1b[3~\x1b[C!\r")  # Left, insert b, Delete c, Right
    assert text == "ab!"


def test_backspace_removes_one_character_or_a_whole_indent():
    assert edit("abc\x7f\r")[1] == "ab"
    assert edit("\x7fx\r", start="def f():\n")[1] == "def f():\nx"


def test_control_keys_on_an_empty_line_are_returned_to_the_repl():
    assert edit("\x01")[0] == CTRL_A
    assert edit("abc\x03")[0] == CTRL_C
    assert edit("xy\x01z\r")[1] == "zxy"  # Ctrl-A on a non-empty line: go to its start


def test_up_and_down_walk_the_history():
    assert edit("\x1b[A\x1b[A\r", history=["new", "old"])[1] == "old"
    assert edit("\x1b[A\x1b[A\x1b[B\r", history=["new", "old"])[1] == "new"


def test_a_pasted_indent_replaces_the_auto_indent():
    # After "def f():" the editor indents 4; a pasted "    x" keeps 4, not 8.
    assert edit("    x\r", start="def f():\n")[1] == "def f():\n    x"


def test_history_keeps_the_eight_most_recent_distinct_lines():
    console = Keys("".join(f"l{i}\r" for i in range(10)) + "l9\r")
    editor = LineEditor(console)
    for _ in range(11):
        editor.readline([""], ">>> ")
    assert editor.history == [f"l{i}" for i in range(9, 1, -1)]


@pytest.fixture
def completer():
    from vm.runtime.vm import VM
    vm = VM()
    vm.eval_repl_line("import micropython\nvalue_one = 1\nvalue_two = 2\n_hidden = 3")
    return Completer(vm)


def test_completion_of_a_unique_name_inserts_its_rest(completer):
    assert completer("x = micro") == ("python", [])


def test_completion_of_an_attribute(completer):
    assert completer("micropython.con") == ("st", [])


def test_completion_inserts_a_common_prefix_then_lists_the_candidates(completer):
    assert completer("valu") == ("e_", [])
    assert completer("value_") == ("", ["value_one", "value_two"])


def test_private_names_are_offered_only_for_a_leading_underscore(completer):
    assert "_hidden" not in completer("")[1]
    assert completer("_hid") == ("den", [])


def test_nothing_to_complete(completer):
    assert completer("nosuch.att") == ("", [])
    assert completer("zzz") == ("", [])
