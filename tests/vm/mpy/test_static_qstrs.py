"""Our static qstr table is the one mpy-cross assumes, number for number."""

from tests.vm.mpy.corpus import compile_text
from vm.mpy.reader import read
from vm.mpy.static_qstrs import LAST_STATIC, STATIC_INDEX, STATIC_QSTRS
from vm.mpy.writer import dump


def test_every_static_qstr_is_written_by_number():
    names = [s for s in STATIC_QSTRS if s is not None]
    src = "x = [" + ", ".join(repr(s) for s in names) + "]\n"
    data = compile_text(src)
    module = read(data)
    # mpy-cross referred to each of them by number; we decoded the same strings.
    for s in names:
        assert s in module.qstrs
    assert dump(module) == data
    # No string data for them in the file: every table entry is a static reference.
    for s in names:
        if len(s) > 2:
            assert s.encode() + b"\x00" not in data, s


def test_a_non_static_name_is_spelled_out():
    data = compile_text("zzz_not_static = 1\n")
    assert b"zzz_not_static\x00" in data
    assert "zzz_not_static" not in STATIC_INDEX


def test_table_shape():
    assert STATIC_QSTRS[0] is None and STATIC_QSTRS[1] == ""
    assert STATIC_QSTRS[7] == "<module>" and STATIC_QSTRS[LAST_STATIC] == "zip"
    assert len(STATIC_INDEX) == LAST_STATIC
