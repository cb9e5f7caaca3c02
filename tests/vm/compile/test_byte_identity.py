"""Our compiler's .mpy output is byte-identical to mpy-cross 1.29's."""

import pytest

from vm.mpy.writer import dump
from tests.vm.compile.snippets import SNIPPETS
from vm.compile import compile_source, compile_to_mpy

EXTRA = {
    "const_folding": "x = 1 + 2 * 3\ny = -1\nz = 2 ** 100\nw = 1 + 2 + x\nv = (1 + 2) + x\n"
                     "u = x + 1 + 2\nt = 7 // 2 % 3 << 1\ns = 1 / 2\nprint(x, y, z, w, v, u, t, s)\n",
    "const_tuples": "a = (1, 'a', None, 1.5)\nb = (b'xy', 1)\nc = ((), 2)\nd = (1,)\n",
    "micropython_const": "from micropython import const\nX = const(5)\n_Y = const(6)\n"
                         "print(X + _Y)\n",
    "debug_and_assert": "if __debug__:\n    print(1)\nassert 1 == 1, 'msg'\n",
    "dead_code": "def f():\n    return 1\n    x = 2\n",
    "star_calls": "def g(*a, **k):\n    print(*a, **k)\n    print(1, *a, 2, *a)\n"
                  "    print(**k)\n",
    "long_jumps": "def f(x):\n    while x:\n" + "".join(
        f"        x = x + {i}\n" for i in range(60)) + "    return x\n",
    "async_for_with": "async def f(it, cm, cm2):\n    async for x in it:\n        if x:\n            continue\n        if x > 3:\n            break\n        print(x)\n    else:\n        print('else')\n    async with cm as a, cm2 as b:\n        print(a, b)\n        return await g(a) + (await b)\n    async with cm:\n        async for y, z in it:\n            try:\n                await y\n            finally:\n                break\n    while True:\n        async with cm:\n            break\n    for i in range(3):\n        async with cm:\n            continue\n    x = [q for q in it]\n    return await (await f())\n",
    "float_and_logical_folding": "def f():\n    print(-0.0, -(0.0), 0.0 * -1, 1 / 3, 2 ** 0.5, 7 // 2.0, 7 % 2.5, 1e300 * 1e300, -1e300 * 1e300)\n    print(1 or x, 0 or x, x and 0, x or 0 or y, '' and x, (1, 2) or x, None or (), b'' or 3j)\n    print(not 0.0, not 'a', not (), not (0,), not b'', not x)\n    print((1, -0.0), (0.0,), ((1, 2), (3, (4,))), 2 ** -1, 10 ** 20, -2 ** 2, (-2) ** 2, ~5, ~-5)\n    print(1 << 70, 5 >> 1, 3 & 5 | 2 ^ 7, 1 + 2.5 - 0.5, 2 ** 3 ** 2, 1j * 2, 0.1 + 0.2)\n    if 0.0: print('no')\n    while '': pass\n    return 1 if x else 2\n",
    "aug_assign": "a = [1]\na[0] += 1\nclass C: pass\nc = C()\nc.x = 1\nc.x *= 3\n",
}


@pytest.mark.parametrize("name", sorted(SNIPPETS) + sorted(EXTRA))
def test_snippet_is_byte_identical(name, reference_mpy):
    source = SNIPPETS.get(name) or EXTRA[name]
    ours = dump(compile_source(source, "t.py"))
    assert ours == reference_mpy(source)


@pytest.mark.parametrize("name", ["debug_and_assert", "exprs", "funcs"])
def test_optimised_build_is_byte_identical(name, reference_mpy):
    source = SNIPPETS.get(name) or EXTRA[name]
    ours = dump(compile_source(source, "t.py", opt_level=1))
    assert ours == reference_mpy(source, 1)


def test_compile_to_mpy_uses_the_project_writer(reference_mpy):
    source = SNIPPETS["classes"]
    assert compile_to_mpy(source, "t.py") == reference_mpy(source)
