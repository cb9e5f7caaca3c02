"""Every opcode of the opcode table has an emitter, and the translator's static analysis
agrees with MicroPython's stack accounting."""

from vm.bytecode import opcodes as op
from vm.interp.emitters import EMITTERS, MULTI_FAMILIES
from vm.interp.translate import _EFFECTS, _effect


def test_every_opcode_has_an_emitter():
    missing = [name for name in op.OPCODES if name not in EMITTERS]
    assert missing == []


def test_every_multi_opcode_family_has_an_emitter():
    assert all(name in EMITTERS for name in MULTI_FAMILIES)
    for code in range(256):
        o = op.DECODE[code]
        if o is not None and o.name.endswith(")"):
            assert o.name.split("(")[0] in MULTI_FAMILIES, o.name


def test_no_emitter_for_an_unknown_opcode():
    known = set(op.OPCODES) | set(MULTI_FAMILIES)
    assert set(EMITTERS) <= known


def test_every_opcode_has_a_stack_effect():
    class Ins:
        def __init__(self, o):
            self.op = o
            self.arg = 0x101
            self.extra = 1
    for o in op.OPCODES.values():
        assert isinstance(_effect(Ins(o)), int), o.name
    assert set(_EFFECTS) <= set(op.OPCODES)
