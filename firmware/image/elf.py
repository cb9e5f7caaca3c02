"""A small ELF writer: data sections, symbols and load segments, nothing more.

Writes ELF32 (the MCU boards) or ELF64 (the unix board), little-endian, ``ET_EXEC``.
File layout: ELF header, program headers (one ``PT_LOAD`` per allocated section),
section contents in order (each aligned), ``.symtab``, ``.strtab``, ``.shstrtab``,
then the section header table.  Standard readers (readelf, pyelftools) accept it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

MACHINES = {"ARM": 40, "XTENSA": 94, "X86_64": 62}
MACHINE_FLAGS = {"ARM": 0x05000000}  # EABI version 5

SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB = 1, 2, 3
SHF_ALLOC = 0x2
STT_NOTYPE, STT_OBJECT, STT_SECTION = 0, 1, 3
STB_LOCAL, STB_GLOBAL = 0, 1
SHN_ABS = 0xFFF1
PT_LOAD = 1
PF_R = 4

_LAYOUT = {  # bits -> struct formats (header, program header, section header, symbol)
    32: ("<HHIIIIIHHHHHH", "<IIIIIIII", "<IIIIIIIIII", "<IIIBBH"),
    64: ("<HHIQQQIHHHHHH", "<IIQQQQQQ", "<IIQQQQIIQQ", "<IBBHQQ"),
}


@dataclass
class _Section:
    name: str
    data: bytes
    addr: int
    align: int
    type: int = SHT_PROGBITS
    flags: int = SHF_ALLOC
    link: int = 0
    info: int = 0
    entsize: int = 0
    offset: int = 0


@dataclass
class _Symbol:
    name: str
    value: int
    size: int
    shndx: int
    type: int
    bind: int


class _StringTable:
    def __init__(self):
        self.data = bytearray(b"\0")
        self.index: dict[str, int] = {"": 0}

    def add(self, text: str) -> int:
        if text not in self.index:
            self.index[text] = len(self.data)
            self.data += text.encode("utf-8") + b"\0"
        return self.index[text]


def _align(value: int, to: int) -> int:
    return (value + to - 1) // to * to


class ElfWriter:
    """Collects sections and symbols, then :meth:`to_bytes` lays out the file."""

    def __init__(self, machine: str, bits: int = 32, entry: int = 0):
        if machine not in MACHINES:
            raise ValueError(f"unknown ELF machine {machine!r} (known: {', '.join(MACHINES)})")
        if bits not in _LAYOUT:
            raise ValueError("bits must be 32 or 64")
        self.machine, self.bits, self.entry = machine, bits, entry
        self.sections: list[_Section] = []  # index 0 (SHN_UNDEF) is implicit
        self.symbols: list[_Symbol] = []

    def add_section(self, name: str, data: bytes, addr: int = 0, align: int = 4,
                    alloc: bool = True) -> int:
        """Add a data section; returns its section index (for :meth:`add_symbol`)."""
        self.sections.append(_Section(name, bytes(data), addr, align,
                                      flags=SHF_ALLOC if alloc else 0))
        return len(self.sections)

    def add_symbol(self, name: str, value: int, size: int = 0, section: int | None = None,
                   kind: int = STT_OBJECT, bind: int = STB_GLOBAL) -> None:
        """Add a symbol; ``section`` None makes it absolute (``SHN_ABS``)."""
        self.symbols.append(_Symbol(name, value, size,
                                    SHN_ABS if section is None else section, kind, bind))

    def to_bytes(self) -> bytes:
        """The whole ELF file."""
        ehdr, phdr, shdr, sym = (struct.Struct(f) for f in _LAYOUT[self.bits])
        word = self.bits // 8
        ident_size = 16

        # Symbol and string tables; local symbols (one per section) must come first.
        strtab, shstrtab = _StringTable(), _StringTable()
        locals_ = [_Symbol("", 0, 0, 0, STT_NOTYPE, STB_LOCAL)] + [
            _Symbol("", s.addr, 0, i + 1, STT_SECTION, STB_LOCAL)
            for i, s in enumerate(self.sections)]
        ordered = locals_ + [s for s in self.symbols if s.bind == STB_LOCAL] + [
            s for s in self.symbols if s.bind != STB_LOCAL]
        first_global = len(locals_) + sum(s.bind == STB_LOCAL for s in self.symbols)
        symdata = bytearray()
        for s in ordered:
            info = (s.bind << 4) | s.type
            name = strtab.add(s.name)
            if self.bits == 32:
                symdata += sym.pack(name, s.value, s.size, info, 0, s.shndx)
            else:
                symdata += sym.pack(name, info, 0, s.shndx, s.value, s.size)

        n_data = len(self.sections)
        symtab_index = n_data + 1
        sections = list(self.sections) + [
            _Section(".symtab", bytes(symdata), 0, word, SHT_SYMTAB, 0,
                     link=symtab_index + 1, info=first_global, entsize=sym.size),
            _Section(".strtab", b"", 0, 1, SHT_STRTAB, 0),
            _Section(".shstrtab", b"", 0, 1, SHT_STRTAB, 0),
        ]
        names = [shstrtab.add(s.name) for s in sections]
        sections[-2].data = bytes(strtab.data)
        sections[-1].data = bytes(shstrtab.data)

        loads = [s for s in self.sections if s.flags & SHF_ALLOC]
        phoff = ident_size + ehdr.size
        offset = phoff + phdr.size * len(loads)
        for s in sections:
            offset = _align(offset, s.align)
            s.offset = offset
            offset += len(s.data)
        shoff = _align(offset, word)

        out = bytearray()
        out += b"\x7fELF" + bytes([1 if self.bits == 32 else 2, 1, 1, 0]) + bytes(8)
        out += ehdr.pack(2, MACHINES[self.machine], 1, self.entry, phoff if loads else 0,
                         shoff, MACHINE_FLAGS.get(self.machine, 0), ident_size + ehdr.size,
                         phdr.size, len(loads), shdr.size, len(sections) + 1,
                         len(sections))
        for s in loads:
            size = len(s.data)
            if self.bits == 32:
                out += phdr.pack(PT_LOAD, s.offset, s.addr, s.addr, size, size, PF_R, s.align)
            else:
                out += phdr.pack(PT_LOAD, PF_R, s.offset, s.addr, s.addr, size, size, s.align)
        for s in sections:
            out += bytes(s.offset - len(out))
            out += s.data
        out += bytes(shoff - len(out))
        out += bytes(shdr.size)  # SHN_UNDEF
        for s, name in zip(sections, names):
            out += shdr.pack(name, s.type, s.flags, s.addr, s.offset, len(s.data), s.link,
                             s.info, s.align, s.entsize)
        return bytes(out)
