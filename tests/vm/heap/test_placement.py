"""The block map: first fit, survivors that stay put, fragmentation (vm/heap/placement.py)."""

import io

from vm.heap.placement import BlockMap
from vm.runtime.vm import VM


class Obj:
    pass


def test_first_fit_takes_the_lowest_run_that_is_long_enough():
    bm = BlockMap(20)
    a, b, c = Obj(), Obj(), Obj()
    assert bm.place(a, [4])
    assert bm.place(b, [2])
    assert bm.place(c, [4])
    bm.forget(b)  # a hole of 2 blocks at 4
    d, e = Obj(), Obj()
    assert bm.place(d, [3])  # does not fit the hole: goes after c
    assert bm.runs[id(d)][1] == [(10, 3)]
    assert bm.place(e, [2])  # fits the hole
    assert bm.runs[id(e)][1] == [(4, 2)]


def test_pending_small_objects_fill_the_lowest_free_blocks():
    bm = BlockMap(16)
    a = Obj()
    assert bm.place(a, [4])
    assert bm.first_fit(4, pending=0) == 4
    assert bm.first_fit(4, pending=3) == 7
    assert bm.largest_free(pending=3) == 9


def test_a_request_fails_when_no_run_is_long_enough_though_enough_is_free():
    bm = BlockMap(12)
    objs = [Obj() for _ in range(6)]
    for o in objs:
        assert bm.place(o, [2])
    for o in objs[::2]:
        bm.forget(o)  # six free blocks, in runs of two
    assert bm.largest_free() == 2
    assert not bm.place(Obj(), [3])
    assert bm.placed == 6  # a failed request leaves nothing behind


def test_a_collection_keeps_survivors_in_place_and_places_the_new_ones():
    bm = BlockMap(16)
    a, b, c = Obj(), Obj(), Obj()
    bm.place(a, [3])
    bm.place(b, [3])
    bm.place(c, [3])
    new = Obj()
    bm.relayout([(c, [3]), (new, [2])], anon_blocks=1)  # a and b died
    assert bm.runs[id(c)][1] == [(6, 3)]  # c did not move
    assert id(a) not in bm.runs and id(b) not in bm.runs
    assert bm.runs[id(new)][1] == [(1, 2)]  # first fit, after the anonymous block at 0
    assert bm.placed == 6


def test_a_list_array_grows_into_a_new_run_and_frees_the_old_one():
    bm = BlockMap(16)
    lst, other = Obj(), Obj()
    bm.place(lst, [1, 1])
    bm.place(other, [1])
    assert bm.replace_part(lst, 1, 2)
    assert bm.runs[id(lst)][1] == [(0, 1), (3, 2)]
    assert bm.map[1] == 0


def run(src, heapsize):
    out = io.StringIO()
    vm = VM(heapsize=heapsize, stdout=out)
    vm.word_bits = 32
    vm.exec_source(src)
    return vm, out.getvalue()


def test_with_automatic_collection_a_large_request_first_collects_the_garbage():
    _, out = run("l = [None] * 40\nfor i in range(40):\n    l[i] = bytearray(200)\n"
                 "l = None\nb = bytearray(8000)\nprint(len(b))\n", 16384)
    assert out == "8000\n"


def test_the_verbose_memory_map_shows_the_holes():
    _, out = run("import gc, micropython\nl = [bytearray(100) for i in range(8)]\n"
                  "l[2] = l[4] = None\ngc.collect()\nmicropython.mem_info(1)\n", 16384)
    layout = out.split("GC memory layout; from 0:\n")[1]
    assert "h======." in layout  # a freed bytearray's 7 data blocks now free


def test_big_heaps_keep_totals_only():
    vm, _ = run("import gc\ngc.collect()\n", 1024 * 1024)
    assert vm.heap.blockmap is None
    vm, _ = run("import gc\ngc.collect()\n", 16384)
    assert vm.heap.blockmap is not None
