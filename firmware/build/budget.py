"""Check a packed image against its board's flash and RAM budgets.

Flash: the allocated sections of the image must fit the flash left after the firmware's
own code and the filesystem.  RAM: heap + stack + static data (+ the image, on chips that
run from RAM) must fit the chip's RAM.  An overrun raises :class:`BudgetError` whose
message names the budget, its make-up and the overrun in bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from elftools.elf.elffile import ELFFile

from boards.registry import Board

SHF_ALLOC = 0x2


class BudgetError(Exception):
    """The image does not fit the board."""


@dataclass(frozen=True)
class BudgetReport:
    board: str
    image_bytes: int
    flash_budget: int
    ram_used: int
    ram_bytes: int

    @property
    def flash_free(self) -> int:
        return self.flash_budget - self.image_bytes

    def summary(self) -> str:
        return (f"{self.board}: image {self.image_bytes:,} of {self.flash_budget:,} bytes "
                f"flash budget ({self.flash_free:,} free); RAM {self.ram_used:,} of "
                f"{self.ram_bytes:,} bytes")


def image_bytes(elf_data: bytes) -> int:
    """Bytes the image occupies on the device: the sum of its allocated sections."""
    elf = ELFFile(io.BytesIO(elf_data))
    return sum(s["sh_size"] for s in elf.iter_sections() if s["sh_flags"] & SHF_ALLOC)


def check_budgets(board: Board, elf_data: bytes) -> BudgetReport:
    """Raise :class:`BudgetError` if the image overruns a budget; else report the fit."""
    used = image_bytes(elf_data)
    errors = []
    if used > board.flash_budget:
        errors.append(
            f"flash budget exceeded on board '{board.name}': the image needs {used:,} bytes "
            f"but the flash budget is {board.flash_budget:,} bytes ({board.flash_bytes:,} "
            f"flash - {board.firmware_bytes:,} firmware - {board.filesystem_bytes:,} "
            f"filesystem): over by {used - board.flash_budget:,} bytes")
    ram_used = board.ram_reserved + (used if board.image_in_ram else 0)
    if ram_used > board.ram_bytes:
        image_part = f" + {used:,} image" if board.image_in_ram else ""
        errors.append(
            f"RAM budget exceeded on board '{board.name}': {board.heap_bytes:,} heap + "
            f"{board.stack_bytes:,} stack + {board.static_ram_bytes:,} static{image_part} = "
            f"{ram_used:,} bytes but the RAM budget is {board.ram_bytes:,} bytes: over by "
            f"{ram_used - board.ram_bytes:,} bytes")
    if errors:
        raise BudgetError("\n".join(errors))
    return BudgetReport(board.name, used, board.flash_budget, ram_used, board.ram_bytes)
