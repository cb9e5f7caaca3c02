"""The client's raw REPL and raw-paste protocol, over a real pty to a protocol device.

Each variant of a device in the field: raw-paste supported (with a window small enough
that flow control is exercised), refused (``R\\x00``), and a device predating raw-paste.
"""

import pytest

from tests.tools.client.protocol_device import ProtocolDevice
from tools.client import Board, DeviceError
from tools.client.errors import ProtocolError, TransportError


@pytest.fixture(params=["supported", "refused", "ancient"])
def device(request):
    dev = ProtocolDevice(raw_paste=request.param, window=32)
    yield dev
    dev.close()


@pytest.fixture
def board(device):
    b = Board.connect(device.path, timeout=5)
    yield b
    b.close()


def test_exec_returns_what_the_program_printed(board):
    assert board.exec("print('hello')\nprint(1 + 2)") == "hello\n3\n"


def test_eval_returns_a_host_value(board):
    assert board.eval("[1, 'two', b'\\x03', (4.5, None)]") == [1, "two", b"\x03", (4.5, None)]


def test_globals_persist_between_calls_until_a_soft_reset(board):
    board.exec("x = 41")
    assert board.eval("x + 1") == 42
    board.soft_reset()
    with pytest.raises(DeviceError) as info:
        board.eval("x")
    assert info.value.exception_name == "NameError"


def test_a_device_exception_carries_the_device_traceback(board):
    with pytest.raises(DeviceError) as info:
        board.exec("print('before')\nraise ValueError('boom')")
    err = info.value
    assert err.stdout == "before\n"
    assert err.traceback.startswith("Traceback (most recent call last):\n")
    assert err.exception_line == "ValueError: boom"
    assert str(err).endswith("ValueError: boom")


def test_a_program_larger_than_many_windows_arrives_intact(board, device):
    body = "".join(f"v{i} = {i} * 3\n" for i in range(300))
    board.exec(body + "print(v299)")
    assert device.programs[-1] == (body + "print(v299)").encode()
    if device.raw_paste == "supported":
        assert device.pasted == 1
        assert device.max_unacknowledged == 0  # never sent beyond the granted window
    else:
        assert device.pasted == 0  # fell back to the standard raw REPL


def test_the_fallback_is_remembered(board, device):
    board.exec("pass")
    board.exec("pass")
    expected = {"supported": True, "refused": False, "ancient": False}[device.raw_paste]
    assert board.repl.raw_paste is expected


def test_streamed_output_arrives_in_order(board):
    pieces = []
    board.run("for i in range(50):\n print('line', i)", on_output=pieces.append)
    assert b"".join(pieces).decode().splitlines() == [f"line {i}" for i in range(50)]


def test_leaving_the_raw_repl_returns_to_the_friendly_prompt(device):
    board = Board.connect(device.path, timeout=5)
    board.exec("pass")
    board.close()
    assert device.raw is False


def test_a_silent_port_is_a_clear_error_not_a_hang():
    import os
    import pty
    master, slave = pty.openpty()  # nobody answers on the other side
    try:
        board = Board.connect(os.ttyname(slave), timeout=0.3)
        with pytest.raises(ProtocolError, match="could not enter the raw REPL: timed out"):
            board.exec("pass")
        board.link.close()
    finally:
        os.close(master)
        os.close(slave)


def test_an_unknown_port_is_a_clear_transport_error():
    with pytest.raises(TransportError, match="could not open port /dev/no-such-port"):
        Board.connect("/dev/no-such-port")
