# Mote uasyncio: the Task object and the TaskQueue it is scheduled on.
#
# This is the pure-Python fallback for the native ``_asyncio`` accelerator; core.py
# prefers ``from _asyncio import TaskQueue, Task``.  Both must keep one contract, which
# the rest of the package relies on:
#
# * ``Task(coro, ctx=None)``: ``ctx`` is core's globals dict; the accelerator reads
#   ``cur_task``, ``_task_queue`` and ``CancelledError`` from it.
# * A task has ``coro``, ``data``, ``state`` and ``ph_key`` attributes, and ``done()`` and
#   ``cancel()`` methods.  ``state`` is True while running and nobody waits on it, a
#   TaskQueue of waiters once awaited, a callable to call on completion (gather), None
#   when finished but never awaited, and False when finished and awaited.  ``data`` is
#   whatever the task is parked on (an object with ``remove(task)``, or another Task),
#   the exception to throw into it next, or its final StopIteration/exception.
# * ``TaskQueue()`` has ``peek()``, ``push(task, key=None)``, ``pop()`` and
#   ``remove(task)``; ``push`` clears ``task.data`` and keys the task by ``key`` or by the
#   current ticks_ms.  Tasks with equal keys come out in the order they were pushed.

from time import ticks_diff

from . import core


################################################################################
# Pairing heap
#
# Each node (a Task) carries its own links, so pushing and popping never allocate:
#   ph_child  first child;  ph_last  last child (for O(1) append)
#   ph_next   next sibling;  ph_parent  parent (kept valid for every child, so a node
#   can be removed from the middle of the heap without a search from the root).
# Ties on the key are broken by a push sequence number, which makes the queue stable:
# tasks due at the same tick run in the order they were queued.

_SEQ_MASK = 0x3FFFFFFF  # keep the counter a small int (no heap allocation)
_seq = 0


def _before(a, b):
    d = ticks_diff(a.ph_key, b.ph_key)
    if d:
        return d < 0
    # Same period as ticks, so the wraparound comparison works for it too.
    return ticks_diff(a.ph_seq, b.ph_seq) < 0


def _link(a, b):
    # Meld two roots: the later one becomes the last child of the earlier one.
    if _before(b, a):
        a, b = b, a
    b.ph_next = None
    b.ph_parent = a
    if a.ph_child is None:
        a.ph_child = b
    else:
        a.ph_last.ph_next = b
    a.ph_last = b
    return a


def _merge_children(node):
    # Two-pass pairing of all of a node's children into one root.
    child = node.ph_child
    node.ph_child = None
    node.ph_last = None
    if child is None:
        return None
    # Pass 1: pair neighbours left to right, collecting the pairs in reverse order
    # through ph_next so pass 2 needs no extra list.
    pairs = None
    while child is not None:
        a = child
        b = a.ph_next
        if b is None:
            child = None
        else:
            child = b.ph_next
            b.ph_next = None
        a.ph_next = None
        a.ph_parent = None
        if b is not None:
            b.ph_parent = None
            a = _link(a, b)
        a.ph_next = pairs
        pairs = a
    # Pass 2: meld the pairs into one root.
    root = pairs
    rest = root.ph_next
    root.ph_next = None
    while rest is not None:
        nxt = rest.ph_next
        rest.ph_next = None
        root = _link(rest, root)
        rest = nxt
    return root


class TaskQueue:
    """A priority queue of tasks ordered by ``ph_key`` (a ticks_ms value), stable."""

    def __init__(self):
        self.heap = None

    def peek(self):
        """The task that would pop next, or None."""
        return self.heap

    def push(self, task, key=None):
        """Queue ``task`` to run at ``key`` (ticks_ms; default now)."""
        global _seq
        task.data = None
        task.ph_key = core.ticks() if key is None else key
        _seq = (_seq + 1) & _SEQ_MASK
        task.ph_seq = _seq
        if self.heap is None:
            self.heap = task
        else:
            self.heap = _link(self.heap, task)

    def pop(self):
        """Remove and return the earliest task (IndexError when empty)."""
        root = self.heap
        if root is None:
            raise IndexError("empty heap")
        self.heap = _merge_children(root)
        return root

    def remove(self, task):
        """Take ``task`` out of the queue wherever it is."""
        if task is self.heap:
            self.pop()
            return
        parent = task.ph_parent
        # Unlink task from its parent's child list.
        prev = None
        n = parent.ph_child
        while n is not task:
            prev = n
            n = n.ph_next
        sub = _merge_children(task)
        after = task.ph_next
        task.ph_next = None
        task.ph_parent = None
        if sub is None:
            if prev is None:
                parent.ph_child = after
            else:
                prev.ph_next = after
            if after is None:
                parent.ph_last = prev
        else:
            # The task's own children take its place; they are all keyed no earlier
            # than the parent, so the heap order holds.
            sub.ph_parent = parent
            sub.ph_next = after
            if prev is None:
                parent.ph_child = sub
            else:
                prev.ph_next = sub
            if after is None:
                parent.ph_last = sub


################################################################################
# Task


class Task:
    """A coroutine scheduled by the loop; can be awaited (once or many times) and cancelled."""

    def __init__(self, coro, ctx=None):
        self.coro = coro
        self.data = None
        self.state = True
        self.ph_key = 0
        self.ph_seq = 0
        self.ph_child = None
        self.ph_last = None
        self.ph_next = None
        self.ph_parent = None

    def __repr__(self):
        # Same text as the native accelerator's Task, so output does not depend on it.
        return "<Task>"

    # ``await task`` runs these: __iter__ once, then __next__ each time the waiter resumes.
    def __iter__(self):
        state = self.state
        if not state:
            # Already finished: note that the result has now been retrieved.
            self.state = False
        elif state is True:
            self.state = TaskQueue()
        elif type(state) is not TaskQueue:
            # state holds a completion callback (gather); a second kind of waiter
            # has nowhere to go.
            raise RuntimeError("can't wait")
        return self

    def __next__(self):
        if not self.state:
            # Finished: re-raise its StopIteration (return value) or exception.
            raise self.data
        waiter = core.cur_task
        self.state.push(waiter)
        # Link the waiter to us so cancelling it can be forwarded here.
        waiter.data = self

    def done(self):
        """True once the task has finished (returned, raised or was cancelled)."""
        return not self.state

    def cancel(self):
        """Ask the task to stop: CancelledError is thrown into it when it next runs.

        Returns False if it had already finished.
        """
        if not self.state:
            return False
        if self is core.cur_task:
            raise RuntimeError("can't cancel self")
        # A task awaiting another task is cancelled at the innermost one it waits on;
        # the CancelledError then propagates outwards through the awaits.
        target = self
        while isinstance(target.data, Task):
            target = target.data
        parked_on = target.data
        if hasattr(parked_on, "remove"):
            parked_on.remove(target)
            core._task_queue.push(target)
        elif ticks_diff(target.ph_key, core.ticks()) > 0:
            # Sleeping on the run queue: bring it forward to run now.
            core._task_queue.remove(target)
            core._task_queue.push(target)
        target.data = core.CancelledError
        return True
