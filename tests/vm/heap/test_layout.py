"""What objects cost on MicroPython's heap (vm/heap/layout.py)."""

from vm.heap.layout import Layout, gc_pool_bytes, hash_alloc_for


def test_blocks_are_four_words_and_allocations_round_up():
    l32, l64 = Layout(32), Layout(64)
    assert (l32.block, l64.block) == (16, 32)
    assert [l32.blocks(n) for n in (0, 1, 16, 17, 33)] == [0, 1, 1, 2, 3]


def test_small_ints_and_tagged_values_are_free_big_ints_are_not():
    lay = Layout(32)
    assert lay.int_(2 ** 30 - 1) == () and lay.int_(-(2 ** 30)) == ()
    assert lay.int_(2 ** 30) == (16, 4)  # object + two 16-bit digits
    assert Layout(64).int_(2 ** 40) == ()


def test_floats_are_boxed_unless_the_representation_packs_them():
    assert Layout(32).float_() == (12,)
    assert Layout(32, boxed_floats=False).float_() == ()


def test_maps_grow_through_micropythons_table_sizes():
    assert [hash_alloc_for(n) for n in (0, 1, 3, 7, 13, 18, 60)] == [0, 2, 4, 8, 17, 23, 73]


def test_the_gc_pool_is_the_region_less_its_tables():
    assert gc_pool_bytes(65536, 16) == 64000  # what micropython -X heapsize=65536 reports
    assert gc_pool_bytes(16384, 16) == 16000
