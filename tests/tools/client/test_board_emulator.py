"""The board client against an emulated pyboard, over a real pty and over TCP."""

import pytest

from tools.client import Board, DeviceError, TransportError
from tools.hil.target import EmulatorTarget


@pytest.fixture(scope="module", params=["pty", "tcp"])
def target(request):
    t = EmulatorTarget("pyboard", console=request.param, timeout=10)
    t.start()
    yield t
    t.stop()


@pytest.fixture
def board(target) -> Board:
    b = target.board
    b.enter_raw_repl(soft_reset=True)
    return b


def test_the_emulator_offers_raw_paste(board):
    board.exec("pass")
    assert board.repl.raw_paste is True


def test_exec_eval_and_a_device_traceback(board):
    assert board.exec("for i in range(3):\n    print(i)") == "0\n1\n2\n"
    assert board.eval("{'k': (1, 2.5, b'\\x00')}") == {"k": (1, 2.5, b"\x00")}
    with pytest.raises(DeviceError) as info:
        board.exec("def f():\n    raise ValueError('bad')\nf()")
    assert info.value.traceback == ('Traceback (most recent call last):\n'
                                    '  File "<stdin>", line 3, in <module>\n'
                                    '  File "<stdin>", line 2, in f\n'
                                    'ValueError: bad\n')


def test_a_large_program_goes_through_raw_paste_intact(board):
    body = "".join(f"x{i} = '{'#' * 40}'\n" for i in range(400))  # ~20 KB
    assert board.exec(body + "print(len(x399), x0 == x399)") == "40 True\n"


def test_soft_reset_clears_globals_but_keeps_files(board):
    board.exec("marker = 1")
    board.write_file("keep.txt", b"kept")
    board.soft_reset()
    with pytest.raises(DeviceError):
        board.eval("marker")
    assert board.read_file("keep.txt") == b"kept"
    board.rm("keep.txt")


def test_files_binary_safe_both_ways(board, tmp_path):
    data = bytes(range(256)) * 13 + b"\r\n\x04\x03\x01end"  # protocol bytes inside
    local = tmp_path / "blob.bin"
    local.write_bytes(data)
    board.put(local, "blob.bin")
    back = tmp_path / "back.bin"
    board.get("blob.bin", back)
    assert back.read_bytes() == data
    assert board.stat("blob.bin").size == len(data)
    board.rm("blob.bin")
    assert not board.exists("blob.bin")


def test_directories(board):
    board.mkdir("d2dir")
    board.write_file("d2dir/a.txt", b"a")
    assert [(e.name, e.is_dir) for e in board.ls("/") if e.name == "d2dir"] == [("d2dir", True)]
    assert board.ls("d2dir")[0].name == "a.txt"
    with pytest.raises(DeviceError) as info:
        board.rmdir("d2dir")  # not empty
    assert info.value.exception_name == "OSError"
    board.rm("d2dir/a.txt")
    board.rmdir("d2dir")
    with pytest.raises(DeviceError) as info:
        board.read_file("d2dir/a.txt")
    assert info.value.errno == 2


def test_a_runaway_program_is_interrupted_and_the_board_stays_usable(board):
    with pytest.raises(TransportError):
        board.exec("while True:\n    pass", timeout=1.0)
    assert board.eval("6 * 7") == 42
