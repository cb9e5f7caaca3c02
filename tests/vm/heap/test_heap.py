"""The heap of a VM: lock, MemoryError, collection, small boards (vm/heap/heap.py)."""

import io

import pytest
from hypothesis import given, settings, strategies as st

from vm.runtime.vm import VM


def run(src, heapsize=65536, word_bits=32):
    out = io.StringIO()
    vm = VM(heapsize=heapsize, stdout=out)
    vm.word_bits = word_bits
    vm.exec_source(src)
    return vm, out.getvalue()


def test_the_lock_nests_and_any_allocation_fails_while_locked():
    vm, out = run(
        "import micropython\n"
        "micropython.heap_lock()\nmicropython.heap_lock()\n"
        "try:\n    x = [1, 2]\nexcept MemoryError as e:\n    print(e)\n"
        "print(micropython.heap_unlock(), micropython.heap_locked())\n"
        "print(micropython.heap_unlock())\nx = [1, 2]\nprint(x)\n")
    assert out == "memory allocation failed, heap is locked\n1 1\n0\n[1, 2]\n"
    assert not vm.heap.locked


def test_heap_interface_for_other_parts():
    vm = VM(heapsize=16384)
    vm.word_bits = 32
    h = vm.heap
    h.lock()
    assert h.locked
    with pytest.raises(MemoryError, match="heap is locked"):
        h.charge(1)
    assert h.unlock() == 0 and not h.locked
    h.collect()
    assert h.mem_alloc() + h.mem_free() == h.total == 16000


def test_memory_error_leaves_the_vm_running_and_collect_frees_the_garbage():
    _, out = run(
        "import gc\nl = []\ntry:\n    while True:\n        l.append(bytearray(200))\n"
        "except MemoryError:\n    print('full', len(l) > 10)\n"
        "l = None\ngc.collect()\nprint(gc.mem_free() > 12000)\n"
        "m = [bytearray(200) for i in range(40)]\nprint(len(m))\n", heapsize=16384)
    assert out == "full True\nTrue\n40\n"


def test_a_big_allocation_fails_while_small_ones_fit():
    _, out = run("try:\n    b = bytearray(20000)\nexcept MemoryError as e:\n    print(e)\n"
                 "c = bytearray(2000)\nprint(len(c))\n", heapsize=16384)
    assert out == "memory allocation failed, allocating 20000 bytes\n2000\n" or \
        out.startswith("memory allocation failed, allocating") and out.endswith("2000\n")


def test_a_16k_heap_boots_and_runs_a_repl_line():
    out = io.StringIO()
    vm = VM(heapsize=16 * 1024, stdout=out)
    vm.word_bits = 32
    vm.eval_repl_line("[x * x for x in range(5)]")
    assert out.getvalue() == "[0, 1, 4, 9, 16]\n"
    assert vm.heap.mem_alloc() < vm.heap.total


def test_an_8k_heap_runs_a_small_script():
    _, out = run("import gc\nd = {}\nfor i in range(20):\n    d[i] = str(i)\n"
                 "print(sum(len(v) for v in d.values()))\ngc.collect()\n"
                 "print(gc.mem_free() > 0)\n", heapsize=8 * 1024)
    assert out == "30\nTrue\n"


def test_threshold_and_enable_switches():
    _, out = run("import gc\nprint(gc.threshold())\ngc.threshold(4096)\n"
                 "print(gc.threshold())\ngc.disable()\nprint(gc.isenabled())\ngc.enable()\n"
                 "print(gc.isenabled())\n")
    assert out == "-1\n4096\nFalse\nTrue\n"


def test_mem_info_and_qstr_info_report_the_heap():
    _, out = run("import micropython\nmy_long_name = 1\nmicropython.mem_info()\n"
                 "micropython.qstr_info(1)\n")
    assert "GC: total: 64000, used: " in out
    assert "qstr pool: n_pool=1," in out and "Q(my_long_name)" in out


# ## Collection never frees a live object

_NODE = st.sampled_from(["inst", "closure", "gen", "list", "dict"])


@settings(max_examples=25, deadline=None)
@given(kinds=st.lists(_NODE, min_size=2, max_size=12),
       collect_at=st.sets(st.integers(0, 12)), drop=st.integers(0, 12))
def test_random_cyclic_graphs_survive_collection(kinds, collect_at, drop):
    lines = ["import gc",
             "class N:\n    def __init__(self, v):\n        self.v = v\n        self.nxt = None",
             "def mkclo(v, box):\n    def f():\n        return (v, box)\n    return f",
             "def mkgen(v, box):\n    yield v\n    yield box",
             "nodes = []"]
    for i, k in enumerate(kinds):
        prev = "nodes[-1]" if i else "None"
        make = {"inst": f"N({i})", "closure": f"mkclo({i}, [{prev}])",
                "gen": f"mkgen({i}, [{prev}])", "list": f"[{i}, {prev}]",
                "dict": f"{{'v': {i}, 'p': {prev}}}"}[k]
        lines.append(f"nodes.append({make})")
        if k == "inst" and i:
            lines.append("nodes[-1].nxt = nodes[0]")  # a cycle back to the start
        if i in collect_at:
            lines.append("gc.collect()")
        if i == drop:
            lines.append("dropped = nodes[:]\nnodes = nodes[:1]\ndropped = None\ngc.collect()")
    lines.append("gc.collect()")
    check = {"inst": "x.v", "closure": "x()[0]", "gen": "next(x)", "list": "x[0]",
             "dict": "x['v']"}
    lines.append("out = []")
    lines.append("for x in nodes:\n    t = type(x).__name__\n"
                 "    out.append(x.v if t == 'N' else x()[0] if t == 'function' else "
                 "next(x) if t == 'generator' else x[0] if t == 'list' else x['v'])")
    lines.append("print(out)")
    del check
    _, out = run("\n".join(lines) + "\n")
    kept = list(range(len(kinds)))
    if drop < len(kinds):
        kept = [0] + list(range(drop + 1, len(kinds)))
    assert out == f"{kept}\n"
