"""Malformed .mpy files are rejected with a precise ValueError."""

import pytest

from tests.vm.mpy.corpus import compile_text
from vm.mpy.reader import load, read
from vm.mpy.writer import dump

GOOD = None


def good() -> bytes:
    global GOOD
    if GOOD is None:
        GOOD = compile_text("def f(a):\n    return a + 1.5\nprint(f(2), b'x', 'longer text')\n")
    return GOOD


@pytest.mark.parametrize("header", [
    b"", b"M", b"C\x06\x00\x1f", b"M\x05\x00\x1f", b"M\x07\x00\x1f",
    b"M\x06\x0a\x1f",  # x64 with sub-version 2
    b"M\x06\x40\x1f",  # arch flags without an arch
])
def test_wrong_magic_version_or_sub_version_is_incompatible(header):
    with pytest.raises(ValueError, match="^incompatible .mpy file$"):
        load(header + good()[4:])


def test_too_many_small_int_bits_is_incompatible():
    with pytest.raises(ValueError, match="^incompatible .mpy file$"):
        load(good()[:3] + b"\x50" + good()[4:])


def test_every_truncation_is_a_value_error():
    data = good()
    for n in range(len(data)):
        with pytest.raises(ValueError):
            load(data[:n])


def test_trailing_data_is_rejected():
    with pytest.raises(ValueError, match="trailing data"):
        load(good() + b"\x00")


def _module_with_const(raw_obj: bytes) -> bytes:
    # Header, one qstr ("<module>"), one constant, and a function returning it.
    code = bytes([0x08, 0x02, 0x00, 0x23, 0x00, 0x63])  # prelude + LOAD_CONST_OBJ 0; RETURN
    return b"M\x06\x00\x1f\x01\x01\x0f" + raw_obj + bytes([len(code) << 3]) + code


def test_hand_made_module_loads():
    module = load(_module_with_const(b"\x07\x0299"))
    assert module.consts == [99] and module.qstrs == ["<module>"]
    assert dump(module) == _module_with_const(b"\x07\x0299")


@pytest.mark.parametrize("raw_obj,message", [
    (b"\x0b", "unknown object type"),
    (b"\x07\x031_0", "malformed int"),
    (b"\x07\x02 9", "malformed int"),
    (b"\x08\x08infinity", "malformed float"),
    (b"\x09\x021k", "malformed complex"),
    (b"\x05\x01\xff\x00", "not valid UTF-8"),
    (b"\x05\x01a\x01", "missing NUL"),
    (b"\x0a\x01" * 300 + b"\x01", "nested too deeply"),
])
def test_malformed_constants(raw_obj, message):
    with pytest.raises(ValueError, match=message):
        read(_module_with_const(raw_obj))


def test_truncated_tuple():
    with pytest.raises(ValueError, match="tuple length 2 exceeds the remaining file size"):
        read(b"M\x06\x00\x1f\x01\x01\x0f\x0a\x02\x01")
    with pytest.raises(ValueError, match="truncated"):
        read(b"M\x06\x00\x1f\x01\x01\x0f\x0a\x02\x01\x05")


def test_huge_counts_do_not_allocate_or_hang():
    with pytest.raises(ValueError, match="exceeds the remaining file size"):
        read(b"M\x06\x00\x1f\xff\xff\xff\xff\x7f\x00")
    with pytest.raises(ValueError, match="var-uint too long"):
        read(b"M\x06\x00\x1f" + b"\xff" * 100)


def test_static_qstr_numbers_are_checked():
    with pytest.raises(ValueError, match="static qstr number 0 out of range"):
        read(b"M\x06\x00\x1f\x01\x00\x01")
    with pytest.raises(ValueError, match="static qstr number 500 out of range"):
        read(b"M\x06\x00\x1f\x01\x00\x87\x69")


def test_deeply_nested_raw_codes_are_rejected_without_recursion_error():
    nested = bytes([0x0C, 0x00]) + b"\x01"  # fun_data of 1 byte, has children, 1 child
    data = b"M\x06\x00\x1f\x01\x00\x0f" + (b"\x0c\x00\x01") * 5000 + b"\x08\x00"
    with pytest.raises(ValueError, match="nested too deeply"):
        read(data)
    assert nested
