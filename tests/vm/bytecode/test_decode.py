"""The instruction decoder splits bytecode exactly as MicroPython's VM reads it."""

import pytest

from tests.vm.mpy.corpus import all_compiled, compile_text
from vm.bytecode import opcodes as op
from vm.bytecode import prelude
from vm.bytecode.decode import decode
from vm.mpy.reader import read


def _code(rc):
    p = prelude.decode(rc.fun_data)
    return decode(rc.fun_data, p.code_start, len(rc.fun_data))


def _top(source):
    return _code(read(compile_text(source)).root)


def test_small_ints_qstrs_and_var_uints():
    ins = _top("x = -17\ny = 47\nz = 100000\nw = -100000\nv = 5\n")
    ints = [i.arg for i in ins if i.op.name.startswith("LOAD_CONST_SMALL_INT")]
    assert ints == [-17, 47, 100000, -100000, 5]
    assert ins[0].op.name == "LOAD_CONST_SMALL_INT" and ins[0].size == 2
    assert ins[-4].op.name == "LOAD_CONST_SMALL_INT_MULTI(5)" and ins[-4].size == 1


def test_jump_targets_are_absolute_and_on_instructions():
    for _, mpy in all_compiled():
        for rc in read(mpy).root.walk():
            ins = _code(rc)
            starts = {i.offset for i in ins}
            end = len(rc.fun_data)
            assert ins[-1].next_offset == end
            for i in ins:
                if i.op.is_jump:
                    assert i.arg in starts or i.arg == end, (i, rc)


def test_conditional_and_loop_jumps():
    ins = _top("while x:\n    if y or z:\n        break\n")
    names = [i.op.name for i in ins]
    assert "JUMP_IF_TRUE_OR_POP" in names or "POP_JUMP_IF_TRUE" in names
    backward = [i for i in ins if i.op.is_jump and i.arg < i.offset]
    assert backward, "a while loop jumps back"


def test_unwind_jump_and_closure_extra_bytes():
    fn = read(compile_text(
        "def f():\n  x = 1\n  for i in y:\n    try:\n      break\n    finally:\n      pass\n"
        "  return lambda: x\n")).root.children[0]
    ins = _code(fn)
    unwind = [i for i in ins if i.op.code == op.UNWIND_JUMP]
    assert unwind and unwind[0].extra is not None and unwind[0].size == 3
    closure = [i for i in ins if i.op.code == op.MAKE_CLOSURE]
    assert closure and closure[0].extra == 1


def test_two_byte_jumps():
    src = "if x:\n" + "".join(f"    a{i} = b{i}\n" for i in range(100)) + "y = 1\n"
    ins = _top(src)
    jumps = [i for i in ins if i.op.is_jump]
    assert jumps[0].size == 3 and ins[-1].offset > jumps[0].arg > jumps[0].offset


@pytest.mark.parametrize("code,message", [
    (bytes([0xFA]), "unknown opcode"),
    (bytes([0x00]), "unknown opcode"),
    (bytes([op.LOAD_NAME]), "truncated"),
    (bytes([op.LOAD_NAME, 0x80]), "truncated"),
    (bytes([op.JUMP, 0x80]), "truncated"),
    (bytes([op.UNWIND_JUMP, 0x40]), "truncated"),
    (bytes([op.LOAD_CONST_SMALL_INT]) + b"\xff" * 12 + b"\x00", "too long"),
])
def test_bad_code_raises_value_error(code, message):
    with pytest.raises(ValueError, match=message):
        decode(code, 0, len(code))


def test_range_is_checked():
    with pytest.raises(ValueError):
        decode(b"\x51\x63", 1, 5)
    assert decode(b"\x51\x63", 1, 2)[0].op.name == "RETURN_VALUE"
