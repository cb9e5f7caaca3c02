"""The friendly REPL, typed into as a person would, over the device's pseudo-terminal.

pexpect drives the terminal a user's serial program would open (``/dev/pts/N`` printed
by ``mote run --console pty``); keys are sent one at a time, control keys as the bytes a
terminal sends.  What comes back is MicroPython's REPL, byte for byte where it matters.
"""

import os
import re
import time
import tty

import pytest
from pexpect import fdpexpect

from tests.firmware.console.running import served

UP = "\x1b[A"


class Terminal:
    """A person at a terminal: types keys one by one, reads the screen's byte stream."""

    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        tty.setraw(self.fd)
        self.child = fdpexpect.fdspawn(self.fd, timeout=15, encoding="utf-8",
                                       codec_errors="replace")

    def type(self, keys: str) -> None:
        for key in keys:
            self.child.send(key)
            time.sleep(0.002)

    def expect(self, text: str) -> str:
        """Wait for ``text``; everything received before it."""
        self.child.expect_exact(text)
        return self.child.before

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def term(tmp_path):
    with served(tmp_path) as (path, _proc):
        t = Terminal(path)
        t.expect(">>> ")
        yield t
        t.close()


def test_the_banner_names_micropython_the_build_date_the_board_and_its_chip(tmp_path):
    with served(tmp_path) as (path, _proc):
        t = Terminal(path)
        before = t.expect(">>> ")
        t.close()
    assert re.fullmatch(r"MicroPython v\d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; PYBv1\.1 with "
                        r"STM32F405\w*\r\nType \"help\(\)\" for more information\.\r\n", before)


def test_an_expression_is_echoed_with_repr(term):
    term.type("'a' * 3\r")
    assert term.expect(">>> ") == "'a' * 3\r\n'aaa'\r\n"


def test_a_multi_line_function_definition_with_auto_indent(term):
    term.type("def add(a, b):\r")
    # The continuation prompt comes back already indented one level.
    term.expect("...     ")
    term.type("if a:\r")
    term.expect("...         ")
    term.type("return a + b\r")
    term.expect("...         ")
    term.type("\x7f")  # one Backspace removes a whole indent level
    term.type("return b\r")
    term.expect("...     ")
    term.type("\r")
    term.expect("...     ")
    term.type("\r")
    term.expect("... ")
    term.type("\r")
    term.expect(">>> ")
    term.type("add(2, 3), add(0, 7)\r")
    assert term.expect(">>> ").endswith("(5, 7)\r\n")


def test_paste_mode_keeps_the_pasted_indentation(term):
    term.type("\x05")
    assert term.expect("=== ") == "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n"
    for line in ["def greet(who):", "    if who:", "        print('hi', who)", "greet('you')"]:
        term.type(line + "\r")
        term.expect("=== ")
    term.type("\x04")
    assert term.expect(">>> ") == "\r\nhi you\r\n"


def test_ctrl_c_in_paste_mode_cancels_it(term):
    term.type("\x05print('no')\r\x03")
    term.expect(">>> ")
    term.type("1\r")
    assert term.expect(">>> ") == "1\r\n1\r\n"


def test_ctrl_c_interrupts_a_running_while_true_loop(term):
    term.type("while True: pass\r\r")
    time.sleep(0.5)
    term.type("\x03")
    out = term.expect(">>> ")
    assert out.endswith("Traceback (most recent call last):\r\n"
                        '  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt: \r\n')
    term.type("print('alive')\r")
    assert term.expect(">>> ").endswith("alive\r\n")


def test_ctrl_c_interrupts_a_sleep(term):
    term.type("import time\r")
    term.expect(">>> ")
    started = time.monotonic()
    term.type("time.sleep(60)\r")
    time.sleep(0.5)
    term.type("\x03")
    assert "KeyboardInterrupt" in term.expect(">>> ")
    assert time.monotonic() - started < 30


def test_ctrl_c_abandons_the_line_being_typed(term):
    term.type("print('never')\x03")
    assert term.expect(">>> ") == "print('never')\r\n"


def test_ctrl_d_soft_resets_with_a_fresh_vm_and_keeps_the_filesystem(term):
    term.type("f = open('kept.txt', 'w'); f.write('still here'); f.close()\r")
    term.expect(">>> ")
    term.type("x = 1\r")
    term.expect(">>> ")
    term.type("\x04")
    assert term.expect("MPY: soft reboot\r\n") == "\r\n"
    term.expect(">>> ")
    term.type("'x' in globals()\r")
    assert term.expect(">>> ").endswith("False\r\n")
    term.type("open('kept.txt').read()\r")
    assert term.expect(">>> ").endswith("'still here'\r\n")


def test_errors_are_micropython_tracebacks(term):
    term.type("[].pop()\r")
    assert term.expect(">>> ") == ("[].pop()\r\nTraceback (most recent call last):\r\n"
                                   '  File "<stdin>", line 1, in <module>\r\n'
                                   "IndexError: pop from empty list\r\n")
    term.type("1 +\r")
    assert term.expect(">>> ").endswith('  File "<stdin>", line 1\r\nSyntaxError: '
                                        "invalid syntax\r\n")


def test_up_arrow_recalls_the_previous_line(term):
    term.type("6 * 7\r")
    term.expect(">>> ")
    term.type(UP + "\r")
    assert term.expect(">>> ").endswith("42\r\n")


def test_tab_completes_a_name_and_an_attribute(term):
    term.type("import micropython\r")
    term.expect(">>> ")
    term.type("micropy\t")
    term.expect("micropython")
    term.type(".const(5)\r")
    assert term.expect(">>> ").endswith("5\r\n")


def test_tab_lists_the_candidates_when_several_match(term):
    term.type("import gc\r")
    term.expect(">>> ")
    term.type("gc.mem_\t")
    # The candidates, then the prompt and the line typed so far again.
    assert term.expect(">>> gc.mem_") == "gc.mem_\r\nmem_alloc       mem_free\r\n"
    term.type("free() > 0\r")
    assert term.expect(">>> ").endswith("True\r\n")


def test_ctrl_b_prints_the_banner_again(term):
    term.type("\x02")
    assert term.expect(">>> ").startswith("\r\nMicroPython v")
