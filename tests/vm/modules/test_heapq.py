"""heapq keeps the heap invariant and fails like the real MicroPython."""

import random

from tests.vm.modules.differential import compare
from vm.modules.heapq import module

heappush, heappop, heapify = (module.attrs[n] for n in ("heappush", "heappop", "heapify"))


def test_pops_come_out_sorted_for_random_inputs():
    rng = random.Random(5)
    for _ in range(200):
        data = [rng.randrange(50) for _ in range(rng.randrange(30))]
        heap = list(data)
        heapify(heap)
        assert [heappop(heap) for _ in range(len(data))] == sorted(data)
        heap = []
        for x in data:
            heappush(heap, x)
        assert [heappop(heap) for _ in range(len(data))] == sorted(data)


def test_errors_match_the_real_vm():
    assert compare("heapq", ["heapq.heappop([])", "heapq.heappush((), 1)",
                             "heapq.heapify([3, 1, 2])"]) == []
