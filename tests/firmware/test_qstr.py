"""The ROM qstr pool holds the frozen modules' interned strings, read from real .mpy."""

import pytest

from firmware.build.freeze import compile_to_mpy
from firmware.build.qstr import (MpyFormatError, build_pool, collect_qstrs, mpy_qstrs,
                                 parse_pool, qstr_hash)


def test_mpy_qstr_table_is_read():
    mpy = compile_to_mpy("import zzmodule\ndef blink_fast(x):\n    return 'on' + x\n",
                         "app.py")
    strings, static = mpy_qstrs(mpy)
    assert {"app.py", "zzmodule", "blink_fast", "on", "x"} <= set(strings)
    assert static  # e.g. "<module>" is a static qstr, referenced by index


def test_pool_round_trips_and_is_deduplicated():
    a = compile_to_mpy("alpha = 'beta'\n", "a.py")
    b = compile_to_mpy("alpha = 'gamma'\n", "b.py")
    qstrs = collect_qstrs([a, b])
    assert qstrs == sorted(set(qstrs)) and qstrs.count("alpha") == 1
    assert parse_pool(build_pool(qstrs)) == qstrs


def test_hash_is_micropythons():
    # djb2-xor over the bytes, 2-byte pool: never 0
    h = 5381
    for c in b"print":
        h = (h * 33) ^ c
    assert qstr_hash("print") == (h & 0xFFFF or 1)


def test_garbage_is_rejected():
    with pytest.raises(MpyFormatError):
        mpy_qstrs(b"not an mpy")
    with pytest.raises(MpyFormatError):
        parse_pool(b"XXXX")
