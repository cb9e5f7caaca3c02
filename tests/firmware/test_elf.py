"""The ELF writer's output is read back by pyelftools and binutils' readelf."""

import io
import shutil
import subprocess

import pytest
from elftools.elf.elffile import ELFFile

from firmware.image.elf import ElfWriter


def build(machine, bits):
    w = ElfWriter(machine, bits)
    a = w.add_section(".data.a", b"hello world", addr=0x1000)
    b = w.add_section(".data.b", bytes(range(7)), addr=0x100C)
    w.add_symbol("greeting", 0x1000, 11, a)
    w.add_symbol("seven", 0x100C, 7, b)
    w.add_symbol("_limit", 0x4000)
    return w.to_bytes()


@pytest.mark.parametrize("machine, bits, em", [("ARM", 32, "EM_ARM"),
                                               ("XTENSA", 32, "EM_XTENSA"),
                                               ("X86_64", 64, "EM_X86_64")])
def test_pyelftools_reads_sections_symbols_and_segments(machine, bits, em):
    elf = ELFFile(io.BytesIO(build(machine, bits)))
    assert (elf["e_machine"], elf.elfclass, elf.little_endian) == (em, bits, True)
    assert elf.get_section_by_name(".data.a").data() == b"hello world"
    assert elf.get_section_by_name(".data.b")["sh_addr"] == 0x100C
    syms = {s.name: s for s in elf.get_section_by_name(".symtab").iter_symbols()}
    assert syms["greeting"]["st_size"] == 11 and syms["greeting"]["st_value"] == 0x1000
    assert syms["_limit"]["st_shndx"] == "SHN_ABS"
    loads = [seg for seg in elf.iter_segments() if seg["p_type"] == "PT_LOAD"]
    assert [seg["p_vaddr"] for seg in loads] == [0x1000, 0x100C]
    assert loads[0].data() == b"hello world"


def test_readelf_lists_sections_and_symbols(tmp_path):
    readelf = shutil.which("readelf")
    assert readelf, "binutils' readelf is required (apt-get install binutils)"
    path = tmp_path / "t.elf"
    path.write_bytes(build("ARM", 32))
    proc = subprocess.run([readelf, "-W", "-S", "-s", "-l", str(path)], capture_output=True,
                          text=True)
    assert proc.returncode == 0 and "Warning" not in proc.stderr, proc.stderr
    assert ".data.a" in proc.stdout and "greeting" in proc.stdout and "LOAD" in proc.stdout


def test_unknown_machine_is_refused():
    with pytest.raises(ValueError, match="MIPS"):
        ElfWriter("MIPS")
