"""Fuzzing the compiler: 10,000 mutated sources end in a CompiledModule or a SyntaxError.

Never another exception, never a hang.  Seeds are our sample programs and some small
conformance programs; mutations delete, insert (characters and Python tokens), swap,
duplicate and truncate.
"""

from __future__ import annotations

import functools
import signal
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vm.mpy.corpus import SAMPLES, sources

compile_source = pytest.importorskip("vm.compile").compile_source

EXAMPLES_PER_TEST = 2_500  # four tests: 10,000 mutated sources
HANG_SECONDS = 20
TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**", "/",
          "'", '"', '"""', "\\", "\n", "    ", " ", "\t", "#", "@", "->", "lambda", "def ",
          "class ", "return", "yield", "await", "async ", "for ", " in ", "if ", "else",
          "elif", "try:", "except", "finally:", "with ", "as ", "global ", "nonlocal ",
          "del ", "pass", "break", "continue", "import ", "from ", "not ", " and ", " or ",
          "is", "None", "True", "1", "0x", "1e", "j", "_", "x", "é", "\x00", ";", "*args",
          "**kw", "f'", "b'", "r'", "0o7", "1_000", ":=", "...", "~", "<<", "%", "|", "&"]


@functools.lru_cache(maxsize=None)
def seeds() -> list[str]:
    out = [p.read_text() for p in sorted(SAMPLES.glob("*.py")) if p.name != "long_jumps.py"]
    small = [p for p in sources() if p.parent != SAMPLES and p.stat().st_size < 1500]
    out += [p.read_text() for p in small[::max(1, len(small) // 40)]]
    return out


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang


def _check(source: str) -> None:
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the host parser's SyntaxWarnings
            compile_source(source, "fuzz.py")
    except SyntaxError:
        pass
    except _Hang:
        raise AssertionError(f"compile_source hung on {source!r}") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _mutate(text: str, edits) -> str:
    for kind, pos, value in edits:
        if not text:
            break
        pos %= len(text)
        if kind == "delete":
            text = text[:pos] + text[pos + 1 + value % 8:]
        elif kind == "insert":
            text = text[:pos] + TOKENS[value % len(TOKENS)] + text[pos:]
        elif kind == "char":
            text = text[:pos] + chr(32 + value % 95) + text[pos + 1:]
        elif kind == "swap":
            other = value % len(text)
            a, b = sorted((pos, other))
            if a != b:
                text = text[:a] + text[b] + text[a + 1:b] + text[a] + text[b + 1:]
        elif kind == "line":
            lines = text.split("\n")
            i = pos % len(lines)
            lines.insert(value % len(lines), lines[i])
            text = "\n".join(lines)
        elif kind == "truncate":
            text = text[:pos]
    return text


_edit = st.tuples(st.sampled_from(["delete", "insert", "char", "swap", "line", "truncate"]),
                  st.integers(0, 1 << 16), st.integers(0, 1 << 16))
_fuzz = settings(max_examples=EXAMPLES_PER_TEST, deadline=None, database=None,
                 suppress_health_check=list(HealthCheck))


@_fuzz
@given(st.integers(0, 1 << 16), st.lists(_edit, min_size=1, max_size=2))
def test_one_or_two_edits(seed, edits):
    s = seeds()
    _check(_mutate(s[seed % len(s)], edits))


@_fuzz
@given(st.integers(0, 1 << 16), st.lists(_edit, min_size=3, max_size=12))
def test_many_edits(seed, edits):
    s = seeds()
    _check(_mutate(s[seed % len(s)], edits))


@_fuzz
@given(st.integers(0, 1 << 16), st.lists(st.sampled_from(TOKENS), max_size=30),
       st.integers(0, 1 << 16))
def test_token_soup_spliced_in(seed, tokens, pos):
    text = seeds()[seed % len(seeds())]
    pos %= len(text) + 1
    _check(text[:pos] + "".join(tokens) + text[pos:])


@_fuzz
@given(st.lists(st.sampled_from(TOKENS), max_size=40).map("".join))
def test_pure_token_soup(text):
    _check(text)
