"""Boards are data: every board loads, names real chip pins, and has the real figures."""

import pytest

from boards.registry import DEFAULT_BOARD, BoardError, board_names, load_board

BOARDS = ["esp8266", "lopy", "microbit", "pyboard", "unix", "wipy"]


def test_the_six_boards_and_the_default():
    assert board_names() == BOARDS
    assert DEFAULT_BOARD == "pyboard"


@pytest.mark.parametrize("name", BOARDS)
def test_board_loads_and_fits_its_ram(name):
    board = load_board(name)  # checks every pin against the chip data
    assert board.ram_reserved <= board.ram_bytes
    assert board.flash_budget > 0
    assert board.manifest.is_file()


def test_memory_figures_follow_the_real_boards():
    assert (load_board("microbit").ram_bytes, load_board("microbit").flash_bytes) == (
        16 * 1024, 256 * 1024)
    assert (load_board("pyboard").ram_bytes, load_board("pyboard").flash_bytes) == (
        192 * 1024, 1024 * 1024)
    assert load_board("wipy").ram_bytes == 256 * 1024
    assert load_board("esp8266").ram_bytes == 80 * 1024
    assert load_board("unix").word_bits == 64 and load_board("pyboard").word_bits == 32


def test_pyboard_names_and_parts():
    b = load_board("pyboard")
    assert {f"X{i}" for i in range(1, 13)} | {f"Y{i}" for i in range(1, 13)} <= set(b.pins)
    assert b.pins["X9"] == "PB6" and b.pins["Y12"] == "PB1" and b.pins["SW"] == "PB3"
    kinds = [p["kind"] for p in b.parts]
    assert kinds.count("led") == 4 and "switch" in kinds
    accel = next(p for p in b.parts if p["kind"] == "mma7660")
    assert accel["bus"] == {"type": "I2C", "id": 1, "scl": "X9", "sda": "X10"}


def test_microbit_pins_map_to_nrf51_pins():
    b = load_board("microbit")
    assert {f"pin{i}" for i in range(21)} <= set(b.pins)
    assert b.pins["pin0"] == "P0_03" and b.pins["pin20"] == "P0_30"
    assert {p["kind"] for p in b.parts} >= {"led_matrix", "button", "mma8653"}


def test_lopy_has_the_radio_chip():
    assert load_board("lopy").chips == ("esp32", "sx1272")


def test_a_pin_naming_no_chip_pin_is_rejected(tmp_path):
    import json
    import shutil

    from boards.registry import BOARDS_DIR
    shutil.copytree(BOARDS_DIR / "esp8266", tmp_path / "esp8266")
    data = json.loads((tmp_path / "esp8266" / "board.json").read_text())
    data["pins"]["D9"] = "GPIO99"
    (tmp_path / "esp8266" / "board.json").write_text(json.dumps(data))
    with pytest.raises(BoardError, match="GPIO99"):
        load_board("esp8266", tmp_path)
