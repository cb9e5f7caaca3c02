"""Every .mpy the real mpy-cross writes is read and written back byte for byte."""

import random

import pytest

from tests.vm.mpy.corpus import SAMPLES, all_compiled, compile_text, compiled
from vm.mpy.reader import load, read
from vm.mpy.writer import dump


def test_the_whole_corpus_round_trips_and_validates():
    corpus = all_compiled()
    assert len(corpus) >= 3
    for name, data in corpus:
        module = load(data)
        assert dump(module) == data, name


def test_constants_of_every_kind():
    data = compile_text(
        "a = b'\\x00raw'\nb = 12345678901234567890123\nc = -2**100\nd = 1.25e-5\n"
        "e = 3.5j\nf = ...\ng = (1, 'x', (None, True, False), b'', 0.5)\n"
        "h = 'not a qstr because it is rather long ' * 1\n")
    module = read(data)
    consts = module.consts
    assert b"\x00raw" in consts and 12345678901234567890123 in consts
    assert -2 ** 100 in consts and 1.25e-5 in consts and 3.5j in consts
    assert Ellipsis in consts
    assert (1, "x", (None, True, False), b"", 0.5) in consts
    assert dump(module) == data


def test_float_constants_keep_their_text_from_the_file():
    # 2**-25 is a tie at 17 digits: MicroPython rounds it up, CPython's printf to even.
    data = compile_text("v = [2.0 ** -25, 2.9802322387695312e-08j]\n")
    module = read(data)
    assert dump(module) == data


def test_fresh_floats_are_printed_as_micropython_prints_them():
    from vm.mpy.numrepr import float_repr, complex_repr
    rng = random.Random(1234)
    values = [rng.uniform(-1e6, 1e6) for _ in range(100)]
    values += [rng.random() * 10.0 ** rng.randint(-320, 308) for _ in range(200)]
    values += [round(rng.uniform(-1e3, 1e3), rng.randint(0, 6)) for _ in range(100)]
    values += [1e16, 1e15, 123456789012345678.0, 0.1, -0.0, 5e-324, 1.0, 100.0]
    src = "v = [" + ", ".join(repr(v) for v in values) + "]\n"
    src += "w = [" + ", ".join(repr(abs(v)) + "j" for v in values[:50]) + "]\n"
    module = read(compile_text(src))
    for value, text in module._mpy_number_text.values():
        fresh = complex_repr(value) if isinstance(value, complex) else float_repr(value)
        assert fresh == text


@pytest.mark.parametrize("args", [
    ("-march=x64", "-X", "emit=native"),
    ("-march=armv7m", "-X", "emit=native"),
    ("-march=xtensawin",),
    ("-march=rv32imc", "-march-flags=zba"),
])
def test_native_code_round_trips_but_is_not_runnable(args):
    data = compiled(SAMPLES / "native.py", *args)
    assert data is not None
    module = read(data)
    assert module.arch != 0
    assert dump(module) == data
    with pytest.raises(ValueError, match="native code in .mpy unsupported"):
        load(data)


def test_small_int_bits_and_source_name_are_kept():
    data = compiled(SAMPLES / "features.py", "-msmall-int-bits=63", "-s", "renamed.py")
    module = read(data)
    assert module.small_int_bits == 63
    assert module.qstrs[0] == module.source_file == "renamed.py"
    assert dump(module) == data
