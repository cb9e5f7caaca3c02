# A bit of everything the bytecode can express.
import sys
from os import path as p
from micropython import const

X = const(3)
big = 2 ** 80 + 1
neg = -123456789012345678901234567890
f = 2.5e-3
c = 3j
b = b"bytes\x00\xff"
s = "a longer string constant that is not a qstr " * 2
e = ...
t = (1, "two", 3.0, None, True, False, (4, 5))
d = {"k": 1, 2: [3, 4], (5,): {6}}


def positional(a, b, c=1, *rest, kw, kw2=2, **extra):
    return a, b, c, rest, kw, kw2, extra


def closure(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    return add


def gen(n):
    for i in range(n):
        if i % 2:
            continue
        yield i
    yield from [n, n + 1]


async def coro(x):
    await x
    async with x as y:
        pass
    async for z in x:
        break


class Base:
    attr = 1

    def method(self, v):
        return super().__init__() or v

    @staticmethod
    def st():
        return [i * j for i in range(3) for j in range(3) if i != j]

    @property
    def prop(self):
        return {k: v for k, v in zip("ab", (1, 2))}


class Child(Base, metaclass=type):
    pass


def flow(x):
    try:
        if x > 1 and x < 10 or not x:
            raise ValueError("v") from None
        elif x is None:
            del x
    except (ValueError, TypeError) as err:
        print(err)
    except Exception:
        raise
    else:
        pass
    finally:
        print("done")
    with open("f") as fh, open("g"):
        fh.read()
    while x:
        x -= 1
        if x == 5:
            break
    else:
        x = -1
    for i in range(10):
        try:
            return i
        finally:
            continue
    lam = lambda q, *a, **k: q
    a, *rest = [1, 2, 3]
    x[1:2] = x[::2]
    global big
    big @= 1
    return lam, a, rest, {rest[0]}, (yield)


print(positional(1, 2, *[3], kw=4, **{"z": 5}))
print(Base().method(x=1) if sys else 0)
