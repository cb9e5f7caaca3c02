"""Size report of a firmware image: per section, per frozen module, against the budgets.

    python -m tools.fwinfo build/pyboard/firmware.elf [--json]

Every byte of the file is accounted for (ELF header, program headers, section contents,
alignment padding, section header table), so the report's total is the file's size.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from elftools.elf.elffile import ELFFile

SHF_ALLOC = 0x2


@dataclass(frozen=True)
class SectionInfo:
    name: str
    addr: int
    offset: int
    size: int
    alloc: bool


@dataclass(frozen=True)
class FwInfo:
    path: str
    file_bytes: int
    header_bytes: int  # ELF header + program headers
    section_header_bytes: int
    padding_bytes: int
    sections: list[SectionInfo]
    frozen: dict[str, int]  # image path -> .mpy size
    image_bytes: int  # allocated sections: what the device's flash holds
    board: str
    flash_budget: int
    ram_used: int
    ram_bytes: int

    @property
    def accounted_bytes(self) -> int:
        """Header + sections + padding + section headers: equals the file size."""
        return (self.header_bytes + sum(s.size for s in self.sections)
                + self.padding_bytes + self.section_header_bytes)


def inspect(path: Path | str) -> FwInfo:
    """Read an image and account for its bytes."""
    path = Path(path)
    data = path.read_bytes()
    with path.open("rb") as fh:
        elf = ELFFile(fh)
        header = elf["e_ehsize"] + elf["e_phnum"] * elf["e_phentsize"]
        shdrs = elf["e_shnum"] * elf["e_shentsize"]
        sections = [SectionInfo(s.name, s["sh_addr"], s["sh_offset"], s["sh_size"],
                                bool(s["sh_flags"] & SHF_ALLOC))
                    for s in elf.iter_sections() if s["sh_type"] != "SHT_NULL"]
        frozen_index = elf.get_section_index(".mote.frozen")
        frozen = {sym.name: sym["st_size"]
                  for sym in elf.get_section_by_name(".symtab").iter_symbols()
                  if sym["st_shndx"] == frozen_index and sym["st_info"]["type"] == "STT_OBJECT"}
    padding = len(data) - header - shdrs - sum(s.size for s in sections)
    image_bytes = sum(s.size for s in sections if s.alloc)

    from firmware.image.reader import parse_image

    image = parse_image(data)
    board = image.board
    mem = board["memory"]
    fs_bytes = board["filesystem"]["block_size"] * board["filesystem"]["block_count"]
    ram_used = board["heap_bytes"] + board["stack_bytes"] + mem["static_ram_bytes"] + (
        image_bytes if mem.get("image_in_ram") else 0)
    return FwInfo(str(path), len(data), header, shdrs, padding, sections,
                  dict(sorted(frozen.items())), image_bytes, board["name"],
                  mem["flash_bytes"] - mem["firmware_bytes"] - fs_bytes, ram_used,
                  mem["ram_bytes"])


def format_report(info: FwInfo) -> str:
    """The human-readable report."""
    lines = [f"{info.path}: board {info.board}, {info.file_bytes:,} bytes", "",
             f"{'section':<16}{'address':>12}{'offset':>10}{'size':>10}  alloc"]
    for s in info.sections:
        lines.append(f"{s.name:<16}{s.addr:>#12x}{s.offset:>#10x}{s.size:>10,}  "
                     f"{'yes' if s.alloc else 'no'}")
    lines += [f"{'ELF/program headers':<38}{info.header_bytes:>10,}",
              f"{'section headers':<38}{info.section_header_bytes:>10,}",
              f"{'alignment padding':<38}{info.padding_bytes:>10,}",
              f"{'total (= file size)':<38}{info.accounted_bytes:>10,}", "",
              f"{'frozen module':<38}{'size':>10}"]
    for name, size in info.frozen.items():
        lines.append(f"{name:<38}{size:>10,}")
    lines.append(f"{'total frozen .mpy':<38}{sum(info.frozen.values()):>10,}")
    pct = 100 * info.image_bytes / info.flash_budget if info.flash_budget else float("inf")
    lines += ["", f"flash: image {info.image_bytes:,} of {info.flash_budget:,} bytes budget "
              f"({pct:.1f}%, {info.flash_budget - info.image_bytes:,} free)",
              f"RAM:   {info.ram_used:,} of {info.ram_bytes:,} bytes "
              f"({info.ram_bytes - info.ram_used:,} free)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fwinfo", description=__doc__.splitlines()[0])
    parser.add_argument("image", help="firmware.elf to report on")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    info = inspect(args.image)
    if args.json:
        print(json.dumps({**asdict(info), "accounted_bytes": info.accounted_bytes}, indent=1))
    else:
        print(format_report(info))
    return 0 if info.accounted_bytes == info.file_bytes else 1


if __name__ == "__main__":
    sys.exit(main())
