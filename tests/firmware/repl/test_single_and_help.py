"""The friendly REPL echoes every expression statement as MicroPython's single-input mode
does, and help() / help(obj) print as on a board."""

from __future__ import annotations

import pytest

from firmware.repl.single import single_input
from hal.world.clock import VirtualClock
from tests.firmware.test_device_resets import ScriptedConsole, device


def repl(tmp_path, typed: bytes, board: str = "pyboard") -> str:
    dev = device(tmp_path, board, clock=VirtualClock())
    console = ScriptedConsole(typed)
    dev.serve(console)
    return console.output.decode()


def after(text: str, typed_line: str) -> list[str]:
    """The output lines after the echo of `typed_line`, up to the next prompt."""
    rest = text.split(typed_line + "\r\n", 1)[1]
    return rest.split(">>> ", 1)[0].split("\r\n")[:-1]


@pytest.mark.parametrize("source,expected", [
    ("1 + 1\n", "__repl_print__((1 + 1))\n"),
    ("for i in range(3): i\n", "for i in range(3): __repl_print__((i))\n"),
    ("x = 1\n", "x = 1\n"),
    ("def f():\n    1\n", "def f():\n    1\n"),
    ("class C:\n    'doc'\n", "class C:\n    'doc'\n"),
    ("if 1:\n    'é'; 2\n", "if 1:\n    __repl_print__(('é')); __repl_print__((2))\n"),
    ("try:\n    a\nexcept E:\n    b\n", ("try:\n    __repl_print__((a))\nexcept E:\n"
                                        "    __repl_print__((b))\n")),
    ("1 +\n", "1 +\n"),  # a syntax error is left for the VM's compiler to report
])
def test_single_input_wraps_module_level_expression_statements(source, expected):
    assert single_input(source) == expected


def test_expression_statements_in_compound_statements_echo_each_value(tmp_path):
    text = repl(tmp_path, b"for i in range(3): i\r\r"
                          b"with open('x', 'w') as f: f.write('abc')\r\r"
                          b"print('p'); None; 'q'\r")
    assert "\r\n0\r\n1\r\n2\r\n" in text
    assert "\r\n3\r\n" in text  # f.write's return value
    assert "p\r\n'q'\r\n" in text


def test_help_prints_the_boards_guide(tmp_path):
    text = repl(tmp_path, b"help()\r", "microbit")
    assert "Welcome to MicroPython on the emulated" in text
    assert "accelerometer.get_x()" in text
    assert "CTRL-D        -- on a blank line, do a soft reset of the board" in text
    assert "For further help on a specific object, type help(obj)" in text
    (tmp_path / "p").mkdir()
    pyb = repl(tmp_path / "p", b"help()\r", "pyboard")
    assert "pyb.LED(n)" in pyb and "accelerometer.get_x()" not in pyb


def test_help_of_an_object_lists_its_entries_as_micropython_does(tmp_path):
    text = repl(tmp_path, b"import micropython\rhelp(micropython)\r"
                          b"class A:\r    x = 1\r\r\rhelp(A())\rhelp(1)\r")
    mp = after(text, "help(micropython)")
    assert mp[0] == "object <module 'micropython'> is of type module"
    assert "  __name__ -- micropython" in mp and "  schedule -- <function>" in mp
    a = after(text, "help(A())")
    assert a[0].startswith("object <A object at ") and a[0].endswith("> is of type A")
    assert "  __module__ -- __main__" in a and "  x -- 1" in a
    assert after(text, "help(1)") == ["object 1 is of type int", "  to_bytes -- <function>"]
