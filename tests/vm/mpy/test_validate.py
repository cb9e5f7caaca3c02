"""The validator accepts all real bytecode and rejects anything that could hurt the VM."""

import pytest

from vm.bytecode import opcodes as op
from vm.bytecode.prelude import SCOPE_GENERATOR, Prelude, encode
from vm.code import CodeKind, CompiledModule, RawCode
from vm.mpy.validate import validate

RET_NONE = bytes([op.LOAD_CONST_NONE, op.RETURN_VALUE])


def fn(code: bytes, n_state=4, n_exc_stack=0, flags=0, children=(), n_pos=0, cells=()):
    p = Prelude(n_state=n_state, n_exc_stack=n_exc_stack, scope_flags=flags,
                n_pos_args=n_pos, simple_name=1, arg_names=(2,) * n_pos, cells=cells)
    return RawCode(CodeKind.BYTECODE, encode(p) + code, list(children))


def module(code: bytes, consts=(), **kw) -> CompiledModule:
    return CompiledModule(qstrs=["t.py", "<module>", "x"], consts=list(consts),
                          root=fn(code, **kw))


def check(code: bytes, message: str | None = None, **kw):
    m = module(code, **kw)
    if message is None:
        validate(m)
    else:
        with pytest.raises(ValueError, match=message):
            validate(m)


def test_minimal_function_is_valid():
    check(RET_NONE)


@pytest.mark.parametrize("code,message", [
    (bytes([op.LOAD_NAME, 3]) + RET_NONE, "qstr 3 out of range"),
    (bytes([op.LOAD_CONST_OBJ, 0, op.RETURN_VALUE]), "constant 0 out of range"),
    (bytes([op.MAKE_FUNCTION, 0, op.RETURN_VALUE]), "child 0 out of range"),
    (bytes([op.LOAD_FAST_N, 9, op.RETURN_VALUE]), "local 9 outside n_state"),
    (bytes([0xFB]) + RET_NONE, "unknown opcode 0xfb"),
    (bytes([op.LOAD_NAME]), "truncated"),
    (bytes([op.POP_TOP]) + RET_NONE, "POP_TOP pops 1 from a stack of 0"),
    (bytes([op.LOAD_CONST_NONE]), "runs past the end"),
    (bytes([op.JUMP, 0x40 + 10]) + RET_NONE, "not an instruction"),
    (bytes([op.JUMP, 0x40 - 10]) + RET_NONE, "not an instruction"),
    (bytes([op.LOAD_CONST_NONE] * 5) + RET_NONE, "stack of 6 exceed n_state 4"),
    (bytes([op.YIELD_VALUE]) + RET_NONE, "outside a generator"),
    (bytes([op.SETUP_EXCEPT, 2]) + RET_NONE + RET_NONE, "exceed n_exc_stack 0"),
    (bytes([op.LOAD_CONST_NONE, op.END_FINALLY]) + RET_NONE, "END_FINALLY outside"),
    (bytes([op.POP_EXCEPT_JUMP, 0]) + RET_NONE, "POP_EXCEPT_JUMP outside"),
    (bytes([op.UNWIND_JUMP, 0x41, 1]) + RET_NONE, "UNWIND_JUMP unwinds 1 of 0"),
    (bytes([op.BUILD_SLICE, 4]) + RET_NONE, "BUILD_SLICE of 4"),
    # A loop that pushes one more value every time round.
    (bytes([op.LOAD_CONST_NONE, op.JUMP, 0x40 - 3]), "inconsistent stack depth"),
    # Two paths reach RETURN with different depths.
    (bytes([op.LOAD_CONST_TRUE, op.POP_JUMP_IF_TRUE, 0x41, op.LOAD_CONST_NONE,
            op.LOAD_CONST_NONE, op.RETURN_VALUE]), "inconsistent stack depth"),
])
def test_bad_functions(code, message):
    check(code, message)


def test_jump_into_the_middle_of_an_instruction():
    check(bytes([op.JUMP, 0x41, op.LOAD_NAME, 0x02]) + RET_NONE, "not an instruction")


def test_exception_handler_must_be_an_instruction():
    check(bytes([op.SETUP_FINALLY, 0x01, op.LOAD_NAME, 0x02]) + RET_NONE,
          "not an instruction", n_exc_stack=1)


def test_generators_may_yield():
    code = bytes([op.LOAD_CONST_NONE, op.YIELD_VALUE, op.POP_TOP]) + RET_NONE
    root = fn(RET_NONE, children=[fn(code, flags=SCOPE_GENERATOR)])
    validate(CompiledModule(["t.py", "<module>", "x"], [], root))


def test_errors_inside_children_are_found():
    root = fn(RET_NONE, children=[fn(bytes([op.POP_TOP]) + RET_NONE)])
    with pytest.raises(ValueError, match=r"function <module>/0 \(<module>\).*POP_TOP"):
        validate(CompiledModule(["t.py", "<module>", "x"], [], root))


def test_module_code_cannot_be_a_generator():
    check(RET_NONE, "cannot be a generator", flags=SCOPE_GENERATOR)


def test_arguments_and_cells_must_fit_n_state():
    check(RET_NONE, "argument slots exceed n_state", n_state=1, n_pos=2)
    check(RET_NONE, "cell slot 5 outside", cells=(5,))


def test_native_code_is_unsupported():
    m = module(RET_NONE)
    m.root = RawCode(CodeKind.NATIVE_PY, b"\x00" * 8, [], b"\x00")
    with pytest.raises(ValueError, match="native code in .mpy unsupported"):
        validate(m)
    m = module(RET_NONE)
    m.arch = 2
    with pytest.raises(ValueError, match="native code in .mpy unsupported"):
        validate(m)


def test_stack_depth_of_a_real_loop_is_accepted():
    # for x in y: pass  -- GET_ITER_STACK, FOR_ITER, STORE, JUMP back.
    code = bytes([op.LOAD_NAME, 2, op.GET_ITER_STACK, op.FOR_ITER, 4, op.STORE_NAME, 2,
                  op.JUMP, 0x40 - 6]) + RET_NONE
    check(code, n_state=5)
    check(code, "stack of 5 exceed n_state 4", n_state=4)


def test_block_nesting_matches_mpy_cross_for_every_real_function():
    from tests.vm.mpy.corpus import all_compiled
    from vm.bytecode import prelude
    from vm.mpy.reader import read
    from vm.mpy.validate import validate_function

    count = 0
    for name, data in all_compiled():
        m = read(data)
        for rc in m.root.walk():
            facts = validate_function(rc, m, name)
            p = prelude.decode(rc.fun_data)
            assert facts.max_blocks == p.n_exc_stack, name
            assert facts.min_locals + facts.max_stack <= p.n_state, name
            count += 1
    assert count > 50
