"""``random``: MicroPython's random module on the Yasmarang generator.

Using the same small generator as the real port means ``random.seed(n)`` followed by
``getrandbits``/``randint`` gives the same sequence as a real board seeded alike.
State is per VM module instance (each VM gets its own generator).
"""

import struct as _struct

from vm.native import NativeModule
from vm.objects.typeinfo import type_name

module = NativeModule("random")

_MASK32 = 0xFFFFFFFF


class _Yasmarang:
    """Yasmarang: a tiny 32-bit PRNG with state (pad, n, d, dat)."""

    def __init__(self, seed: int = 0xEDA4BABA):
        self.seed(seed)

    def seed(self, seed: int) -> None:
        self.pad = seed & _MASK32
        self.n = 69
        self.d = 233
        self.dat = 0

    def next32(self) -> int:
        pad = (self.pad + self.dat + self.d * self.n) & _MASK32
        pad = ((pad << 3) | (pad >> 29)) & _MASK32
        self.pad = pad
        self.n = pad | 2
        self.d = (self.d ^ (((pad << 31) & _MASK32) + (pad >> 1))) & _MASK32
        self.dat = (self.dat ^ (pad & 0xFF) ^ (self.d >> 8) ^ 1) & 0xFF
        return (pad ^ ((self.d << 5) & _MASK32) ^ (pad >> 18) ^ (self.dat << 1)) & _MASK32

    def below(self, n: int) -> int:
        """Uniform integer in [0, n) by masked rejection, as the port does."""
        if n > _MASK32:  # big ranges: compose several draws
            bits = n.bit_length()
            while True:
                r = 0
                for _ in range((bits + 31) // 32):
                    r = (r << 32) | self.next32()
                r &= (1 << bits) - 1
                if r < n:
                    return r
        mask = 1
        while (n & mask) < n:
            mask = (mask << 1) | 1
        while True:
            r = self.next32() & mask
            if r < n:
                return r


_gen = _Yasmarang()


def _int(x):
    if isinstance(x, int):
        return x
    raise TypeError(f"can't convert {type_name(x)} to int")


@module.function
def getrandbits(n):
    n = _int(n)
    if n > 32 or n < 0:
        raise ValueError("bits must be 32 or less")
    if n == 0:
        return 0
    return _gen.next32() >> (32 - n)


@module.function
def seed(n=None):
    if n is None:
        import os
        n = int.from_bytes(os.urandom(4), "little")
    _gen.seed(_int(n))


@module.function
def randrange(start, stop=None, step=1):
    start, step = _int(start), _int(step)
    if stop is None:
        if start > 0:
            return _gen.below(start)
        raise ValueError("empty range for randrange()")
    stop = _int(stop)
    if step == 1:
        if start < stop:
            return start + _gen.below(stop - start)
        raise ValueError("empty range for randrange()")
    if step > 0:
        count = (stop - start + step - 1) // step
    elif step < 0:
        count = (stop - start + step + 1) // step
    else:
        raise ValueError("zero step for randrange()")
    if count <= 0:
        raise ValueError("empty range for randrange()")
    return start + step * _gen.below(count)


@module.function
def randint(a, b):
    a, b = _int(a), _int(b)
    if a > b:
        raise ValueError("empty range for randrange()")
    return a + _gen.below(b - a + 1)


@module.function
def choice(seq):
    n = len(seq)
    if n == 0:
        raise IndexError("can't choose from an empty sequence")
    return seq[_gen.below(n)]


@module.function
def random():
    # 52 random fraction bits in [1, 2), minus 1: the port's float construction.
    frac = ((_gen.next32() << 32) | _gen.next32()) >> 12
    return _bits_to_float(frac) - 1.0


def _bits_to_float(frac: int) -> float:
    return _struct.unpack("<d", ((1023 << 52) | frac).to_bytes(8, "little"))[0]


@module.function
def uniform(a, b):
    from vm.modules.math import to_float
    a, b = to_float(a), to_float(b)
    return a + (b - a) * random()
