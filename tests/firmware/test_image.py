"""Pack an image, read it back: frozen modules, qstr pool, board/chip tables, memory map."""

import pytest

from boards.registry import load_board
from firmware.build.budget import BudgetError, check_budgets, image_bytes
from firmware.build.freeze import compile_to_mpy
from firmware.build.qstr import build_pool, collect_qstrs
from firmware.image.pack import pack_image
from firmware.image.reader import ImageError, parse_image
from hal.gen.model import ChipModel


def make(board_name, sources):
    board = load_board(board_name)
    frozen = {path[:-3] + ".mpy": compile_to_mpy(src, path) for path, src in sources.items()}
    pool = build_pool(collect_qstrs(list(frozen.values())))
    return board, pack_image(board, [ChipModel.load(c) for c in board.chips], frozen, pool)


def test_round_trip_pyboard():
    _, data = make("pyboard", {"main.py": "print('hi')\n", "pkg/__init__.py": "x = 1\n",
                               "pkg/mod.py": "y = 2\n"})
    image = parse_image(data)
    assert image.machine == "EM_ARM" and image.bits == 32
    assert sorted(image.frozen) == ["main", "pkg", "pkg.mod"]
    assert image.packages == {"pkg"}
    assert image.frozen["main"][:2] == b"M\x06"
    assert "print" not in image.qstrs  # a static qstr: already in ROM, not in the pool
    assert "hi" in image.qstrs and "pkg/mod.py" in image.qstrs
    assert image.board["name"] == "pyboard" and image.heap_bytes == 102400
    assert "stm32f405" in image.chips
    assert image.memmap["flash"]["base"] == 0x08000000
    assert image.memmap["ram"]["heap"][1] == 102400


@pytest.mark.parametrize("board, machine, bits", [("unix", "EM_X86_64", 64),
                                                  ("esp8266", "EM_XTENSA", 32),
                                                  ("lopy", "EM_XTENSA", 32)])
def test_machine_follows_the_chip(board, machine, bits):
    image = parse_image(make(board, {"main.py": "pass\n"})[1])
    assert (image.machine, image.bits) == (machine, bits)
    if board == "lopy":
        assert set(image.chips) == {"esp32", "sx1272"}


def test_budget_error_names_the_budget_and_the_overrun():
    big = "\n".join(f"s{i} = 'value number {i} with padding text'" for i in range(900))
    board, data = make("microbit", {"big.py": big})
    with pytest.raises(BudgetError) as err:
        check_budgets(board, data)
    over = image_bytes(data) - board.flash_budget
    assert "flash budget exceeded on board 'microbit'" in str(err.value)
    assert f"over by {over:,} bytes" in str(err.value)


def test_fitting_image_reports_its_use():
    board, data = make("microbit", {"main.py": "pass\n"})
    report = check_budgets(board, data)
    assert 0 < report.image_bytes <= report.flash_budget == board.flash_budget


def test_not_an_image():
    with pytest.raises(ImageError):
        parse_image(b"\x7fELF garbage")
