"""The opcode table agrees with MicroPython's encoding rules."""

from vm.bytecode import opcodes as op


def test_every_named_opcode_has_the_format_its_nibble_selects():
    for o in op.OPCODES.values():
        assert o.fmt == op.FORMAT_OF(o.code), o.name


def test_opcode_bytes_are_unique_and_cover_the_multi_ranges():
    seen = [o.code for o in op.OPCODES.values()]
    assert len(seen) == len(set(seen))
    assert op.DECODE[0x70].name == "LOAD_CONST_SMALL_INT_MULTI(-16)"
    assert op.DECODE[0xAF].name == "LOAD_CONST_SMALL_INT_MULTI(47)"
    assert op.DECODE[0xD7].name == "BINARY_OP_MULTI(LESS)"
    assert op.DECODE[0xF9].name == "BINARY_OP_MULTI(POWER)"
    assert op.DECODE[0xFA] is None and op.DECODE[0x00] is None


def test_extra_byte_opcodes_match_bytecode_v6():
    extra = {o.name for o in op.OPCODES.values() if o.extra_byte}
    assert extra == {"UNWIND_JUMP", "MAKE_CLOSURE", "MAKE_CLOSURE_DEFARGS"}


def test_every_opcode_has_a_stack_effect_entry():
    from vm.bytecode import stack_effect as se

    for o in op.OPCODES.values():
        assert o.name in se.EFFECTS, o.name
    for byte, o in enumerate(op.DECODE):
        assert (se.BY_BYTE[byte] is None) == (o is None), hex(byte)
    assert set(se.EFFECTS) == set(op.OPCODES), "stack-effect table names unknown opcodes"


def test_jumps_and_only_jumps_have_a_jump_effect():
    from vm.bytecode import stack_effect as se

    for o in op.OPCODES.values():
        assert (se.EFFECTS[o.name].jump_pops is not None) == o.is_jump, o.name


def test_signed_jumps_are_the_backward_capable_ones():
    signed = {o.name for o in op.OPCODES.values() if o.is_jump and o.signed}
    assert signed == {"UNWIND_JUMP", "JUMP", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_FALSE"}
