"""Hardware-in-the-loop tests as ordinary pytest tests, with Mote's ``board`` fixture.

    pytest examples/hil_pytest                            # emulated pyboard
    pytest examples/hil_pytest --board-port /dev/ttyACM0  # a real board
"""

import pytest

from tools.client import DeviceError


def test_code_runs_on_the_board(board):
    assert board.exec("print('hello from', 'the board')") == "hello from the board\n"


def test_values_come_back_as_python_values(board):
    assert board.eval("[x * x for x in range(4)]") == [0, 1, 4, 9]


def test_each_test_starts_with_a_fresh_interpreter(board):
    with pytest.raises(DeviceError) as info:
        board.eval("left_over")
    assert info.value.exception_name == "NameError"
    board.exec("left_over = 1")


def test_a_device_error_carries_its_traceback(board):
    with pytest.raises(DeviceError) as info:
        board.exec("int('nope')")
    assert info.value.traceback.startswith("Traceback (most recent call last):")
    assert info.value.exception_name == "ValueError"


def test_files_round_trip(board):
    data = bytes(range(256))
    board.write_file("hil_pytest.bin", data)
    try:
        assert board.read_file("hil_pytest.bin") == data
        assert "hil_pytest.bin" in [e.name for e in board.ls("/")]
    finally:
        board.rm("hil_pytest.bin")
    assert not board.exists("hil_pytest.bin")


def test_a_directory_can_be_made_and_removed(board):
    board.mkdir("hil_pytest_dir")
    assert board.stat("hil_pytest_dir").is_dir
    board.rmdir("hil_pytest_dir")
    assert not board.exists("hil_pytest_dir")
