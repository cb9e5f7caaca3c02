"""The bytecode prelude codec agrees with MicroPython's encoding (py/bc.h, py/emitbc.c)."""

import pytest

from tests.vm.mpy.corpus import all_compiled, compile_text
from vm.bytecode import prelude
from vm.bytecode.prelude import Prelude
from vm.mpy.reader import read


def _functions(mpy: bytes):
    module = read(mpy)
    return module, [rc for rc in module.root.walk()]


def test_decodes_a_known_signature():
    module, fns = _functions(compile_text(
        "def f(a, b=2, *args, c, d=4, **kw):\n"
        "    x = a\n"
        "    def g():\n"
        "        return x\n"
        "    return g\n"))
    f = prelude.decode(fns[1].fun_data)
    assert (f.n_pos_args, f.n_kwonly_args, f.n_def_pos_args) == (2, 2, 1)
    assert f.scope_flags == prelude.SCOPE_VARARGS | prelude.SCOPE_VARKEYWORDS | \
        prelude.SCOPE_DEFKWARGS
    assert module.qstrs[f.simple_name] == "f"
    names = [module.qstrs[q] for q in f.arg_names]
    # Positional names in order; keyword-only ones in the compiler's own order.
    assert names[:2] == ["a", "b"] and sorted(names[2:]) == ["c", "d"]
    assert len(f.cells) == 1  # x is captured by g
    assert not f.is_generator


def test_generator_flag_and_exception_stack():
    _, fns = _functions(compile_text(
        "def gen():\n    try:\n        yield 1\n    finally:\n        pass\n"))
    g = prelude.decode(fns[1].fun_data)
    assert g.is_generator
    assert g.n_exc_stack == 1


def test_every_real_prelude_reencodes_byte_for_byte():
    count = 0
    for name, mpy in all_compiled():
        for rc in read(mpy).root.walk():
            p = prelude.decode(rc.fun_data)
            assert prelude.encode(p) == rc.fun_data[:p.code_start], name
            count += 1
    assert count > 100


@pytest.mark.parametrize("n_state,n_exc,flags,a,k,d", [
    (1, 0, 0, 0, 0, 0), (16, 1, 1, 3, 0, 0), (17, 2, 15, 4, 1, 1),
    (300, 5, 9, 70, 33, 12), (1 << 20, 0, 0, 255, 255, 255),
])
def test_signature_round_trips_large_values(n_state, n_exc, flags, a, k, d):
    p = Prelude(n_state=n_state, n_exc_stack=n_exc, scope_flags=flags, n_pos_args=a,
                n_kwonly_args=k, n_def_pos_args=d, simple_name=300,
                arg_names=tuple(range(a + k)), line_info=b"\x21", cells=(0, 7))
    raw = prelude.encode(p) + b"\x63"
    q = prelude.decode(raw)
    assert (q.n_state, q.n_exc_stack, q.scope_flags, q.n_pos_args, q.n_kwonly_args,
            q.n_def_pos_args) == (n_state, n_exc, flags, a, k, d)
    assert q.simple_name == 300 and q.arg_names == p.arg_names
    assert q.line_info == b"\x21" and q.cells == (0, 7)
    assert q.code_start == len(raw) - 1


def test_line_numbers_follow_the_source():
    src = "a = 1\n\nb = 2\n" + "\n" * 500 + "c = 3\n"
    module, fns = _functions(compile_text(src))
    from vm.bytecode.decode import decode
    p = prelude.decode(fns[0].fun_data)
    ins = decode(fns[0].fun_data, p.code_start, len(fns[0].fun_data))
    stores = [i for i in ins if i.op.name == "STORE_NAME"]
    assert [prelude.line_of(p, i.offset) for i in stores] == [1, 3, 504]


def test_encode_line_info_matches_the_emitter():
    # Offsets/lines as the emitter would report them, then the bytes mpy-cross writes.
    assert prelude.encode_line_info([(0, 1), (4, 2)]) == bytes([4 | 1 << 5])
    # 40 bytes then +1 line: the bytes are skipped first (31 then 9+1 line).
    assert prelude.encode_line_info([(40, 2)]) == bytes([31, 9 | 1 << 5])
    # A big line jump uses the two-byte form.
    assert prelude.encode_line_info([(3, 505)]) == bytes([0x80 | 3 | (504 >> 4) & 0x70,
                                                          504 & 0xFF])
    # Lines that go backwards are ignored, as in MicroPython.
    assert prelude.encode_line_info([(2, 3), (5, 2)]) == bytes([2 | 2 << 5])


def test_line_of_every_statement_in_a_long_program():
    src = "".join(f"v{i} = {i}\n" + "\n" * (i % 7) for i in range(200))
    module, fns = _functions(compile_text(src))
    from vm.bytecode.decode import decode
    p = prelude.decode(fns[0].fun_data)
    ins = decode(fns[0].fun_data, p.code_start, len(fns[0].fun_data))
    got = [prelude.line_of(p, i.offset) for i in ins if i.op.name == "STORE_NAME"]
    expected = [n + 1 for n, text in enumerate(src.splitlines()) if text]
    assert got == expected


@pytest.mark.parametrize("raw", [
    b"", b"\x80", b"\x00", b"\x00\x80", b"\x00\x0a\x01",  # truncated
    b"\x00\x02\x81",  # name runs past the info section
    b"\x80" * 20,  # endless signature
])
def test_malformed_preludes_raise_value_error(raw):
    with pytest.raises(ValueError):
        prelude.decode(raw)
