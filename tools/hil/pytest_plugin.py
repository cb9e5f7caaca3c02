"""pytest plugin: a ``board`` fixture, so hardware-in-the-loop tests are ordinary tests.

Installed with Mote (entry point ``pytest11``), so any pytest run can use it:

    def test_led_pin(board):
        board.exec("import machine")
        assert board.eval("1 + 1") == 2
        board.write_file("cfg.json", b"{}")
        assert board.read_file("cfg.json") == b"{}"

    pytest tests/hil                              # an emulated pyboard (the default)
    pytest tests/hil --board-name esp8266         # another emulated board
    pytest tests/hil --board-port /dev/ttyACM0    # a real board on a serial port

One board is started per test session; before each test it is soft-reset (fresh
interpreter, files kept), so tests do not see each other's globals.  ``board`` is a
``tools.client.Board``: ``exec``, ``eval``, ``run``, ``run_file``, ``ls``, ``read_file``,
``write_file``, ``put``, ``get``, ``rm``, ``mkdir``, ``rmdir``, ``soft_reset``.
"""

from __future__ import annotations

import pytest

OPTIONS = (
    ("--board-name", dict(default="pyboard", metavar="NAME",
                          help="emulated board for the 'board' fixture (default pyboard)")),
    ("--board-port", dict(default=None, metavar="PORT",
                          help="use the real board on this serial port (or pty, or "
                               "socket://HOST:PORT) instead of an emulated one")),
    ("--board-console", dict(default="pty", choices=("pty", "stdio", "tcp"),
                             help="how to reach an emulated board (default pty)")),
)


def pytest_addoption(parser) -> None:
    group = parser.getgroup("mote", "Mote hardware-in-the-loop")
    for name, options in OPTIONS:
        group.addoption(name, **options)


@pytest.fixture(scope="session")
def board_target(request):
    """The session's target: started on first use, stopped at the end of the session."""
    from tools.hil.target import EmulatorTarget, SerialTarget

    port = request.config.getoption("--board-port")
    if port:
        target = SerialTarget(port)
    else:
        target = EmulatorTarget(request.config.getoption("--board-name"),
                                console=request.config.getoption("--board-console"))
    target.start()
    yield target
    target.stop()


@pytest.fixture
def board(board_target):
    """The board, soft-reset and at its raw REPL, ready for ``exec``/``eval``/files."""
    b = board_target.board
    if b.repl.in_raw_repl:
        b.soft_reset()
    else:
        b.enter_raw_repl(soft_reset=True)
    return b
