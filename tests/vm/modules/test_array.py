"""array agrees with the real MicroPython: construction, truncation, raw-byte semantics."""

from tests.vm.modules.differential import compare
from vm.modules import array as ours

PREAMBLE = """
import array
A = array.array
def run(src):
    a = A('i', [1, 2, 3])
    b = A('b', [1, 2])
    exec(src, {'a': a, 'b': b, 'A': A})
    return a, b
"""

_RUN = PREAMBLE.split("def run", 1)[1]


def _env() -> dict:
    env: dict = {"A": ours.array}
    exec("def run" + _RUN, env)
    return env


CONSTRUCT = [
    "A('i', [1, 2])", "A('i')", "A('b', [1, -2])", "A('B', [256])", "A('b', [200])",
    "A('f', [1.5, 2])", "A('d', [0.1])", "A('f', [0.1])", "A('q', [2**40])", "A('Q', [1])",
    "A('l', [1])", "A('L', [-1])", "A('P', [1])", "A('h', [70000])", "A('H', [-1])",
    "A('I', [-1])", "A('x')", "A('')", "A('ii')", "A(1)", "A('i', 5)",
    "A('i', b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00')", "A('i', b'abc')",
    "A('i', bytes(5))", "A('b', 'ab')", "A('f', [1])", "A('i', [1.5])", "A('i', ['a'])",
    "A('B', A('i', [1, 300]))", "A('i', A('b', [1, 2]))", "A('i', (1, 2))",
    "A('i', range(3))", "A('b', bytearray(b'ab'))", "A('i', [2**31])", "A('i', [2**40])",
    "A('I', [2**32])", "A('q', [2**64])", "A('b', [True])", "A('d', [1j])",
    "A('i', [None])", "A('d', [None])",
]

SEQUENCE = [
    "bytes(A('h', [1, 2]))", "len(A('i', [1, 2]))", "list(A('i', [1, 2]))",
    "list(A('d', [0.5, 2]))", "A('i', [1, 2, 3])[1:]", "A('i', [1, 2, 3])[::2]",
    "A('i', [1, 2])[::-1]", "A('i', [1])[::1]", "A('i', [1, 2])[5]", "A('i', [1, 2])[-1]",
    "A('i', [1, 2])[-3]", "A('i', [1])[True]", "A('i', [1])['a']", "A('i', [1])[1:0]",
    "A('i', [1, 2, 3])[-2:]", "A('i', [1, 2, 3])[5:9]", "A('i', [1, 2]) + A('i', [3])",
    "A('i', [1, 2]) + A('b', [3])", "A('i', [1]) + b'\\x02\\0\\0\\0'", "A('i', [1]) + [2]",
    "A('i', [1, 2]) == A('i', [1, 2])", "A('i', [1, 2]) == A('i', [1, 3])",
    "A('i', [1, 2]) == A('b', [1, 2])", "A('i', [1]) == [1]", "A('i', [1, 2]) == A('I', [1, 2])",
    "A('B', [1]) == A('b', [1])", "A('b', [97]) == b'a'", "A('B', [97]) == bytearray(b'a')",
    "A('i', [1]) != A('i', [1])", "1 in A('i', [1])", "A('i', [1]).typecode",
    "A('B', [1, 2]).decode()",
]

STATEMENTS = [
    "a[1:3] = A('i', [7])", "a[1:3] = [1, 2]", "a[0] = 2.5", "a[9] = 1", "a[-1] = 6",
    "a[0:2] = A('b', [1, 2])", "a[0] = 'x'", "del a[0]", "a.append(5)", "a.append(1.5)",
    "a.extend([1, 2])", "a.extend(A('i', [8]))", "a.extend(A('b', [8]))", "a.extend(5)",
    "a[::2] = A('i', [0, 0])", "a[1:2] = A('i', [5, 6, 7])", "a += A('i', [3])", "a += [4]",
    "a[0:0] = A('i', [1])", "a[0:1] = b'\\x05\\0\\0\\0'", "a[0:1] = bytearray(8)",
    "b[0:1] = b'xy'", "b[0:1] = A('B', [7])", "a[0:1] = A('I', [7])", "a[0:2] = A('i')",
    "b.extend(b'AB')", "a.extend(b'\\x09\\0\\0\\0\\x01')", "b[1] = 300", "b[0] = -129",
]


def test_construction_matches_the_real_vm():
    assert compare("array", CONSTRUCT, preamble=PREAMBLE, env=_env()) == []


def test_sequence_operations_match_the_real_vm():
    assert compare("array", SEQUENCE, preamble=PREAMBLE, env=_env()) == []


def test_mutation_matches_the_real_vm():
    exprs = [f"run({s!r})" for s in STATEMENTS]
    assert compare("array", exprs, preamble=PREAMBLE, env=_env()) == []


def test_an_array_exposes_its_bytes_as_a_writable_buffer():
    a = ours.array("H", [1, 2])
    a.__mp_buffer__()[0] = 0xFF
    assert list(a) == [0x00FF, 2]
