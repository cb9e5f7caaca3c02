"""Where an image's contents live on the board: the memory map the packer writes.

Flash holds, in order, the firmware's own code (``firmware_bytes``), the image (frozen
code, qstr pool, tables; at most :attr:`Board.flash_budget` bytes) and the filesystem.
A chip that runs its firmware from RAM (CC3200) loads the image into RAM after the static
data instead, so the image lives at a RAM address there.
"""

from __future__ import annotations

from boards.registry import Board
from hal.gen.model import ChipModel

FORMAT_VERSION = 1


def memory_map(board: Board, chip: ChipModel) -> dict:
    """The board's memory map as JSON-ready data (addresses as ints)."""
    flash = chip.region("flash")
    ram = chip.region("ram")
    flash_base = flash.base if flash else 0
    ram_base = ram.base if ram else 0
    image_flash = flash_base + board.firmware_bytes
    fs_base = flash_base + board.flash_bytes - board.filesystem_bytes
    static_base = ram_base
    heap_base = static_base + board.static_ram_bytes
    stack_base = heap_base + board.heap_bytes
    image_base = stack_base + board.stack_bytes if board.image_in_ram else image_flash
    return {
        "format": FORMAT_VERSION,
        "board": board.name,
        "chip": chip.name,
        "flash": {"base": flash_base, "size": board.flash_bytes,
                  "firmware": [flash_base, board.firmware_bytes],
                  "image": [image_flash, board.flash_budget],
                  "filesystem": [fs_base, board.filesystem_bytes]},
        "ram": {"base": ram_base, "size": board.ram_bytes,
                "static": [static_base, board.static_ram_bytes],
                "heap": [heap_base, board.heap_bytes],
                "stack": [stack_base, board.stack_bytes]},
        "image_base": image_base,
        "image_in_ram": board.image_in_ram,
        "filesystem": {"block_size": board.fs_block_size, "block_count": board.fs_block_count},
        "regions": [{"name": r.name, "kind": r.kind, "base": r.base, "size": r.size}
                    for r in chip.memory],
    }
