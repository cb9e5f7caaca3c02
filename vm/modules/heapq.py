"""``heapq``: a binary min-heap on a list (MicroPython's subset: heappush, heappop, heapify).

Items are compared with the host ``<``, which dispatches to a VM ``__lt__`` for VM instances.
"""

from vm.native import NativeModule

module = NativeModule("heapq")


def _check_list(heap):
    if not isinstance(heap, list):
        raise TypeError("heap must be a list")


def _sift_down(heap, start, pos):
    # Move heap[pos] up towards start until its parent is not larger.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_up(heap, pos):
    # Push heap[pos] down to a leaf along the smaller children, then back up.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


@module.function
def heappush(heap, item):
    _check_list(heap)
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


@module.function
def heappop(heap):
    _check_list(heap)
    if not heap:
        raise IndexError("empty heap")
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return first
    return last


@module.function
def heapify(heap):
    _check_list(heap)
    for i in reversed(range(len(heap) // 2)):
        _sift_up(heap, i)
