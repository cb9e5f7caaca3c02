"""Fuzzing the .mpy reader: 12,500 mutated real mpy-cross files end in a module or a ValueError.

Never another exception, never a hang (each load runs under an alarm).  Seeds are the
real mpy-cross outputs of our samples and a few small programs; mutations are bit flips,
truncations, insertions, byte swaps and overwrites.
"""

from __future__ import annotations

import functools
import signal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vm.mpy.corpus import SAMPLES, compile_text, compiled
from vm.mpy.reader import load, read
from vm.mpy.writer import dump

EXAMPLES_PER_TEST = 2_500  # five tests: 12,500 mutated files
HANG_SECONDS = 10


@functools.lru_cache(maxsize=None)
def seeds() -> list[bytes]:
    out = [compiled(SAMPLES / "features.py"), compiled(SAMPLES / "native.py", "-march=x64")]
    out += [compile_text(src) for src in (
        "x = 1\n",
        "def f(a, *b, c=3, **d):\n    return [i * a for i in b if i]\n",
        "class C:\n    def m(self):\n        try:\n            yield self\n"
        "        finally:\n            pass\n",
        "for i in range(3):\n    with open('f') as g:\n        break\n"
        "print(1.5, 2j, b'x', 10**30)\n",
        "async def g(x):\n    async with x:\n        await x\n",
    )]
    return out


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang


def _check(data: bytes) -> None:
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        try:
            module = load(data)
        except ValueError:
            return
        # A module that loads must also write back and reload to the same thing.
        again = read(dump(module))
        assert again.qstrs == module.qstrs and len(again.consts) == len(module.consts)
    except _Hang:
        raise AssertionError(f"load() hung on {data!r}") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _mutate(data: bytes, edits) -> bytes:
    buf = bytearray(data)
    for kind, pos, value in edits:
        if not buf:
            break
        pos %= len(buf)
        if kind == "flip":
            buf[pos] ^= 1 << (value % 8)
        elif kind == "set":
            buf[pos] = value % 256
        elif kind == "insert":
            buf[pos:pos] = bytes([value % 256]) * (1 + value % 3)
        elif kind == "delete":
            del buf[pos:pos + 1 + value % 4]
        elif kind == "swap":
            other = value % len(buf)
            buf[pos], buf[other] = buf[other], buf[pos]
        elif kind == "truncate":
            del buf[pos:]
    return bytes(buf)


_edit = st.tuples(st.sampled_from(["flip", "set", "insert", "delete", "swap", "truncate"]),
                  st.integers(0, 1 << 16), st.integers(0, 1 << 16))
_fuzz = settings(max_examples=EXAMPLES_PER_TEST, deadline=None, database=None,
                 suppress_health_check=list(HealthCheck))


@_fuzz
@given(st.integers(0, 1 << 16), st.lists(_edit, min_size=1, max_size=3))
def test_few_edits(seed, edits):
    s = seeds()
    _check(_mutate(s[seed % len(s)], edits))


@_fuzz
@given(st.integers(0, 1 << 16), st.lists(_edit, min_size=4, max_size=20))
def test_many_edits(seed, edits):
    s = seeds()
    _check(_mutate(s[seed % len(s)], edits))


@_fuzz
@given(st.integers(0, 1 << 16), st.integers(0, 1 << 16), st.integers(0, 7))
def test_single_bit_flips_in_code(seed, pos, bit):
    # Concentrate on the tail of the file, where the bytecode lives.
    data = seeds()[seed % len(seeds())]
    pos = len(data) - 1 - pos % (len(data) // 2)
    _check(_mutate(data, [("flip", pos, bit)]))


@_fuzz
@given(st.integers(0, 1 << 16), st.binary(min_size=0, max_size=40), st.integers(0, 1 << 16))
def test_spliced_garbage(seed, garbage, pos):
    data = seeds()[seed % len(seeds())]
    pos %= len(data)
    _check(data[:pos] + garbage + data[pos + len(garbage) // 2:])


def test_seeds_are_valid():
    for data in seeds()[:1] + seeds()[2:]:
        load(data)


@_fuzz
@given(st.integers(0, 1 << 16), st.integers(0, 1 << 16),
       st.lists(st.tuples(st.sampled_from(["flip", "set", "insert", "delete"]),
                          st.integers(0, 1 << 16), st.integers(0, 1 << 16)),
                min_size=1, max_size=3))
def test_mutated_function_bodies(seed, which, edits):
    # Mutate one function's fun_data inside an otherwise well-formed file, so the edits
    # reach the prelude and bytecode checks instead of the container's.
    data = seeds()[seed % len(seeds())]
    module = read(data)
    functions = [rc for rc in module.root.walk()]
    rc = functions[which % len(functions)]
    rc.fun_data = _mutate(rc.fun_data, edits)
    try:
        data = dump(module)
    except ValueError:  # a native head that no longer parses cannot be written either
        return
    _check(data)
