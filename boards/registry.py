"""Board definitions are data: ``boards/<name>/board.json`` plus ``manifest.py``.

A folder under ``boards/`` holding a ``board.json`` is a board; adding one needs no code.
:func:`load_board` reads and checks it against its chip data (every board pin must name a
pin of the chip) and derives the memory budgets the firmware build enforces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

BOARDS_DIR = Path(__file__).resolve().parent
DEFAULT_BOARD = "pyboard"

__all__ = ["BOARDS_DIR", "DEFAULT_BOARD", "Board", "BoardError", "board_names", "load_board"]


class BoardError(ValueError):
    """A board definition is missing or inconsistent."""


@dataclass(frozen=True)
class Board:
    """One board's data, with its budgets derived."""

    name: str
    description: str
    chip: str
    extra_chips: tuple[str, ...]
    word_bits: int
    float_precision: str  # "single", "double" or "none"
    heap_bytes: int
    stack_bytes: int
    flash_bytes: int
    ram_bytes: int
    firmware_bytes: int  # flash taken by the VM's own code on the real board
    static_ram_bytes: int  # RAM taken by the firmware's .data/.bss and stacks of the SDK
    image_in_ram: bool  # the chip executes its firmware from RAM (CC3200)
    fs_block_size: int
    fs_block_count: int
    console: dict
    pins: dict[str, str | None]
    parts: tuple[dict, ...]
    directory: Path
    data: dict = field(repr=False)

    @property
    def chips(self) -> tuple[str, ...]:
        """Every chip on the board: the MCU first, then e.g. the LoPy's radio."""
        return (self.chip, *self.extra_chips)

    @property
    def manifest(self) -> Path:
        """The board's freeze manifest."""
        return self.directory / "manifest.py"

    @property
    def filesystem_bytes(self) -> int:
        """Flash given to the littlefs filesystem."""
        return self.fs_block_size * self.fs_block_count

    @property
    def flash_budget(self) -> int:
        """Flash left for the image (frozen code, qstrs, tables) after firmware and fs."""
        return self.flash_bytes - self.firmware_bytes - self.filesystem_bytes

    @property
    def ram_reserved(self) -> int:
        """RAM claimed before any image content: heap, stack and static data."""
        return self.heap_bytes + self.stack_bytes + self.static_ram_bytes

    def to_json(self) -> dict:
        """The board data as loaded (what the image's board table holds)."""
        return self.data


def board_names(boards_dir: Path | None = None) -> list[str]:
    """Names of every board (folders holding a ``board.json``), sorted."""
    root = Path(boards_dir or BOARDS_DIR)
    return sorted(p.parent.name for p in root.glob("*/board.json"))


def load_board(name: str, boards_dir: Path | None = None, check_pins: bool = True) -> Board:
    """Load and check ``boards/<name>/board.json``."""
    root = Path(boards_dir or BOARDS_DIR)
    path = root / name / "board.json"
    if not path.is_file():
        raise BoardError(f"unknown board {name!r}: no {path} (boards: "
                         f"{', '.join(board_names(root)) or 'none'})")
    data = json.loads(path.read_text())
    try:
        mem, fs = data["memory"], data["filesystem"]
        board = Board(
            name=data["name"], description=data.get("description", ""), chip=data["chip"],
            extra_chips=tuple(data.get("extra_chips", ())), word_bits=int(data["word_bits"]),
            float_precision=data["float"], heap_bytes=int(data["heap_bytes"]),
            stack_bytes=int(data["stack_bytes"]), flash_bytes=int(mem["flash_bytes"]),
            ram_bytes=int(mem["ram_bytes"]), firmware_bytes=int(mem["firmware_bytes"]),
            static_ram_bytes=int(mem["static_ram_bytes"]),
            image_in_ram=bool(mem.get("image_in_ram", False)),
            fs_block_size=int(fs["block_size"]), fs_block_count=int(fs["block_count"]),
            console=dict(data["console"]), pins=dict(data.get("pins", {})),
            parts=tuple(data.get("parts", ())), directory=path.parent, data=data)
    except KeyError as exc:
        raise BoardError(f"{path}: missing field {exc}") from None
    if board.name != name:
        raise BoardError(f"{path}: 'name' is {board.name!r}, expected {name!r}")
    if board.word_bits not in (32, 64):
        raise BoardError(f"{path}: word_bits must be 32 or 64, not {board.word_bits}")
    if board.float_precision not in ("single", "double", "none"):
        raise BoardError(f"{path}: float must be single, double or none")
    if check_pins:
        _check_pins(board, path)
    return board


def _check_pins(board: Board, path: Path) -> None:
    from hal.gen.model import CHIPS_DIR

    chip_file = CHIPS_DIR / f"{board.chip}.json"
    if not chip_file.is_file():
        raise BoardError(f"{path}: chip {board.chip!r} has no data file {chip_file}")
    chip_pins = json.loads(chip_file.read_text())["pins"]
    for board_pin, chip_pin in board.pins.items():
        if chip_pin is not None and chip_pin not in chip_pins:
            raise BoardError(f"{path}: pin {board_pin} names {chip_pin!r}, "
                             f"which chip {board.chip} does not have")
    for part in board.parts:
        for role, pin in {**part.get("pins", {}), **({"pin": part["pin"]} if "pin" in part
                                                     else {})}.items():
            if pin not in board.pins:
                raise BoardError(f"{path}: part {part.get('name')} {role} uses unknown "
                                 f"board pin {pin!r}")
