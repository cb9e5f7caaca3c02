"""Pack one board's firmware into an ELF image.

Sections (all allocated, consecutive from the image base of the memory map):

- ``.mote.frozen``  the frozen .mpy modules, one symbol each named by its image path
  (``uasyncio/core.mpy``)
- ``.mote.qstr``    the ROM qstr pool (symbol ``mote_qstr_pool``)
- ``.mote.board``   the board table, JSON (``mote_board``)
- ``.mote.chip``    the chip tables, JSON ``{chip: data}`` (``mote_chip``)
- ``.mote.memmap``  the memory map, JSON (``mote_memmap``)

plus absolute symbols for the layout (``_heap_start``, ``_heap_size``, ``_fs_start`` ...).
"""

from __future__ import annotations

import json

from boards.registry import Board
from firmware.image.elf import STB_GLOBAL, STT_OBJECT, ElfWriter
from firmware.image.layout import memory_map
from hal.gen.model import ChipModel

FROZEN, QSTR, BOARD, CHIP, MEMMAP = (".mote.frozen", ".mote.qstr", ".mote.board",
                                     ".mote.chip", ".mote.memmap")
IMAGE_SECTIONS = (FROZEN, QSTR, BOARD, CHIP, MEMMAP)
ALIGN = 4


def _json(data) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _pad(data: bytes) -> bytes:
    return data + bytes(-len(data) % ALIGN)


def pack_image(board: Board, chips: list[ChipModel], frozen: dict[str, bytes],
               qstr_pool: bytes) -> bytes:
    """The ELF bytes of ``board``'s image; ``frozen`` maps image paths to .mpy bytes."""
    chip = chips[0]
    mmap = memory_map(board, chip)
    machine = chip.core.get("elf_machine") or "ARM"
    elf = ElfWriter(machine, 64 if board.word_bits == 64 else 32)
    addr = mmap["image_base"]

    # Frozen modules: each padded to a word so every module starts aligned.
    blob = bytearray()
    placed = []
    for path in sorted(frozen):
        placed.append((path, len(blob), len(frozen[path])))
        blob += _pad(frozen[path])
    index = elf.add_section(FROZEN, bytes(blob), addr, ALIGN)
    for path, offset, size in placed:
        elf.add_symbol(path, addr + offset, size, index)
    addr += len(blob)

    tables = [(QSTR, "mote_qstr_pool", qstr_pool),
              (BOARD, "mote_board", _json(board.to_json())),
              (CHIP, "mote_chip", _json({c.name: c.raw for c in chips})),
              (MEMMAP, "mote_memmap", _json(mmap))]
    for name, symbol, data in tables:
        index = elf.add_section(name, _pad(data), addr, ALIGN)
        elf.add_symbol(symbol, addr, len(data), index)
        addr += len(_pad(data))

    # Layout symbols, as a linker script would define them.
    flash, ram = mmap["flash"], mmap["ram"]
    for name, value in [("_image_start", mmap["image_base"]), ("_image_end", addr),
                        ("_flash_start", flash["base"]), ("_flash_size", flash["size"]),
                        ("_fs_start", flash["filesystem"][0]),
                        ("_fs_size", flash["filesystem"][1]),
                        ("_ram_start", ram["base"]), ("_ram_size", ram["size"]),
                        ("_heap_start", ram["heap"][0]), ("_heap_size", ram["heap"][1]),
                        ("_stack_start", ram["stack"][0]), ("_stack_size", ram["stack"][1])]:
        elf.add_symbol(name, value, 0, None, STT_OBJECT, STB_GLOBAL)
    return elf.to_bytes()
