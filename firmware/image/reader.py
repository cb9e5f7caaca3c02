"""Load a firmware image (``build/<board>/firmware.elf``) back into Python objects.

This is what boot uses: the frozen modules by name, the ROM qstr pool, and the board,
chip and memory-map tables.  It reads the file with pyelftools, like any ELF tool.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

from elftools.elf.elffile import ELFFile

from firmware.build.qstr import parse_pool
from firmware.image.pack import BOARD, CHIP, FROZEN, MEMMAP, QSTR


class ImageError(ValueError):
    """The file is not a Mote firmware image."""


@dataclass(frozen=True)
class FirmwareImage:
    """A loaded image."""

    machine: str  # pyelftools' e_machine name, e.g. "EM_ARM"
    bits: int
    frozen: dict[str, bytes]  # dotted module name -> .mpy bytes ("uasyncio.core")
    packages: frozenset[str]  # dotted names in ``frozen`` that are packages
    frozen_paths: dict[str, str]  # dotted module name -> image path ("uasyncio/core.mpy")
    qstrs: tuple[str, ...]
    board: dict
    chips: dict[str, dict]
    memmap: dict

    @property
    def heap_bytes(self) -> int:
        return int(self.board["heap_bytes"])


def _module_name(path: str) -> tuple[str, bool]:
    parts = path[:-4].split("/")  # drop ".mpy"
    package = parts[-1] == "__init__"
    if package:
        parts.pop()
    return ".".join(parts), package


def load_image(path: Path | str) -> FirmwareImage:
    """Read an image file."""
    return parse_image(Path(path).read_bytes())


def parse_image(data: bytes) -> FirmwareImage:
    """Read an image from bytes."""
    try:
        elf = ELFFile(io.BytesIO(data))
        sections = {s.name: s for s in elf.iter_sections()}
        missing = [n for n in (FROZEN, QSTR, BOARD, CHIP, MEMMAP) if n not in sections]
    except Exception as exc:  # pyelftools raises several types on garbage
        raise ImageError(f"not an ELF file: {exc}") from None
    if missing:
        raise ImageError(f"not a Mote image: missing sections {', '.join(missing)}")

    def table(name: str) -> bytes:
        sym = symbols[name]
        sec = elf.get_section(sym["st_shndx"])
        start = sym["st_value"] - sec["sh_addr"]
        return sec.data()[start:start + sym["st_size"]]

    symtab = elf.get_section_by_name(".symtab")
    symbols = {s.name: s for s in symtab.iter_symbols() if s.name}
    frozen_sec = sections[FROZEN]
    frozen_index = elf.get_section_index(FROZEN)
    blob = frozen_sec.data()
    frozen, paths, packages = {}, {}, set()
    for sym in symbols.values():
        if sym["st_shndx"] != frozen_index:
            continue
        name, is_pkg = _module_name(sym.name)
        start = sym["st_value"] - frozen_sec["sh_addr"]
        frozen[name] = blob[start:start + sym["st_size"]]
        paths[name] = sym.name
        if is_pkg:
            packages.add(name)
    return FirmwareImage(
        machine=elf["e_machine"], bits=elf.elfclass,
        frozen=dict(sorted(frozen.items())), packages=frozenset(packages),
        frozen_paths=dict(sorted(paths.items())),
        qstrs=tuple(parse_pool(table("mote_qstr_pool"))),
        board=json.loads(table("mote_board")), chips=json.loads(table("mote_chip")),
        memmap=json.loads(table("mote_memmap")))
