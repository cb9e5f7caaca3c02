"""``list`` methods where MicroPython differs from the host.

* ``sort``: MicroPython sorts with an in-place quicksort (pivot = last element), which is
  *not* stable and calls ``key`` again at every comparison.  Programs can observe both (the
  order of equal keys, the number of key calls), so the VM sorts the same way.
"""

from __future__ import annotations

from vm.bytecode.opcodes import BinaryOp

__all__ = ["LIST_METHODS", "quicksort", "sort"]

# Element types whose equal values are indistinguishable and totally ordered: for them an
# unstable and a stable sort give the same result, so the host's sort can be used.
_PLAIN_ORDER = (int, str, bytes)


def _less(a: object, b: object) -> object:
    try:
        return a < b  # type: ignore[operator]
    except TypeError:
        from vm.runtime import ops
        return ops.binary_op(BinaryOp.LESS, a, b)


def quicksort(items: list, key=None, reverse: bool = False) -> None:
    """Sort ``items`` in place exactly as MicroPython's ``list.sort`` does."""
    n = len(items)
    if n < 2:
        return
    if key is None:
        t = type(items[0])
        if t in _PLAIN_ORDER and all(type(x) is t for x in items):
            items.sort(reverse=reverse)
            return
    _qsort(items, 0, n - 1, key, not reverse)


def _qsort(a: list, head: int, tail: int, key, less: bool) -> None:
    # ``less`` is the comparison result that keeps scanning: True for an ascending sort,
    # False for a descending one (MicroPython's ``binop_less_result``).
    while head < tail:
        h = head - 1
        t = tail
        v = a[tail] if key is None else key(a[tail])
        while True:
            h += 1
            while h < t and bool(_less(a[h] if key is None else key(a[h]), v)) is less:
                h += 1
            t -= 1
            while h < t and bool(_less(v, a[t] if key is None else key(a[t]))) is less:
                t -= 1
            if h >= t:
                break
            a[h], a[t] = a[t], a[h]
        a[h], a[tail] = a[tail], a[h]
        # The smaller part recursively, the larger one by looping (bounded recursion).
        if t - head < tail - h - 1:
            _qsort(a, head, t, key, less)
            head = h + 1
        else:
            _qsort(a, h + 1, tail, key, less)
            tail = t


def sort(self: list, *, key=None, reverse=False) -> None:
    """``list.sort(key=None, reverse=False)``."""
    quicksort(self, key, bool(reverse))


LIST_METHODS: dict[str, object] = {"sort": sort}
