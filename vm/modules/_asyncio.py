"""``_asyncio``: the host-side accelerator for uasyncio's task queue (MicroPython's
``extmod/modasyncio.c`` in spirit): ``TaskQueue`` and ``Task`` as native types.

``uasyncio/core.py`` does ``from _asyncio import TaskQueue, Task`` and falls back to
``uasyncio/task.py`` when the import fails, so both keep the contract written at the top
of ``uasyncio/task.py`` and behave the same to the last detail -- including the tie rule
(tasks with equal keys come out in push order), so a program prints the same with either.

Why native: every task switch pushes and pops the run queue and every ``await task``
goes through ``Task.__iter__``/``__next__``; as host code these cost a host call instead
of several VM-level attribute lookups and calls.

The queue is a pairing heap whose links live in the tasks (``ph_child``, ``ph_last``,
``ph_next``, ``ph_parent``), so push and pop never allocate, as in the C module.
"""

from __future__ import annotations

from vm.native import NativeModule

module = NativeModule("_asyncio")

__all__ = ["module", "Task", "TaskQueue"]

_TICKS_PERIOD = 1 << 30
_TICKS_MASK = _TICKS_PERIOD - 1
_TICKS_HALF = _TICKS_PERIOD // 2


def _ticks_diff(a: int, b: int) -> int:
    return ((a - b + _TICKS_HALF) & _TICKS_MASK) - _TICKS_HALF


def _before(a: "Task", b: "Task") -> bool:
    d = _ticks_diff(a.ph_key, b.ph_key)
    if d:
        return d < 0
    return _ticks_diff(a.ph_seq, b.ph_seq) < 0


def _link(a: "Task", b: "Task") -> "Task":
    """Meld two roots; the later becomes the last child of the earlier."""
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


def _merge_children(node: "Task"):
    """Two-pass pairing of ``node``'s children into one root (None if it has none)."""
    child = node.ph_child
    node.ph_child = None
    node.ph_last = None
    pairs = None
    while child is not None:
        a = child
        b = a.ph_next
        child = b.ph_next if b is not None else None
        a.ph_next = None
        a.ph_parent = None
        if b is not None:
            b.ph_next = None
            b.ph_parent = None
            a = _link(a, b)
        a.ph_next = pairs  # pairs collected in reverse through ph_next
        pairs = a
    if pairs is None:
        return None
    root = pairs
    rest = root.ph_next
    root.ph_next = None
    while rest is not None:
        nxt = rest.ph_next
        rest.ph_next = None
        root = _link(rest, root)
        rest = nxt
    return root


@module.type
class TaskQueue:
    """A stable priority queue of tasks keyed by ``ph_key`` (ticks_ms)."""

    __slots__ = ("heap", "_ctx")

    def __init__(self, ctx: dict | None = None) -> None:
        self.heap = None
        self._ctx = ctx

    def __mp_census__(self):
        # For the heap model (vm/heap/census.py): the C module's mp_obj_task_queue_t is
        # a type pointer and the heap root.
        return 2, (self.heap,)

    def peek(self):
        """The task that would pop next, or None."""
        return self.heap

    def push(self, task, key=None):
        """Queue ``task`` to run at ``key`` (ticks_ms; default: now on core's clock)."""
        global _seq
        task.data = None
        if key is None:
            ctx = self._ctx if self._ctx is not None else task._ctx
            key = ctx["ticks"]()
        task.ph_key = key
        _seq = (_seq + 1) & _TICKS_MASK
        task.ph_seq = _seq
        heap = self.heap
        self.heap = task if heap is None else _link(heap, task)

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
            # The task's children take its place: keyed no earlier than the parent.
            sub.ph_parent = parent
            sub.ph_next = after
            if prev is None:
                parent.ph_child = sub
            else:
                prev.ph_next = sub
            if after is None:
                parent.ph_last = sub


_seq = 0


@module.type
class Task:
    """A coroutine scheduled by the loop: awaitable, cancellable (see uasyncio/task.py)."""

    # Extra attributes (gather's bookkeeping) go in __dict__.
    __slots__ = ("coro", "data", "state", "ph_key", "ph_seq", "ph_child", "ph_last",
                 "ph_next", "ph_parent", "_ctx", "__dict__")

    def __init__(self, coro, ctx=None) -> None:
        self.coro = coro
        self.data = None
        self.state = True
        self.ph_key = 0
        self.ph_seq = 0
        self.ph_child = None
        self.ph_last = None
        self.ph_next = None
        self.ph_parent = None
        self._ctx = ctx

    def __mp_repr__(self) -> str:
        return "<Task>"

    def __mp_census__(self):
        # As the C module's mp_obj_task_t: type, three pairing-heap links, coro, data,
        # state, ph_key -- 8 words (our stable tie-break's sequence number rides in the
        # key's word on a real board).
        extra = tuple(self.__dict__.values())
        return 8, (self.coro, self.data, self.state, self.ph_child, self.ph_next) + extra

    # ``await task``: __iter__ once, then __next__ each time the waiter resumes.
    def __iter__(self):
        state = self.state
        if not state:
            self.state = False  # finished: its result has now been retrieved
        elif state is True:
            self.state = TaskQueue(self._ctx)
        elif type(state) is not TaskQueue:
            # A completion callback (gather) holds the slot: no room for a waiter.
            raise RuntimeError("can't wait")
        return self

    def __next__(self):
        if not self.state:
            raise self.data  # its StopIteration (return value) or exception
        waiter = self._ctx["cur_task"]
        self.state.push(waiter)
        waiter.data = self  # so cancelling the waiter is forwarded here

    def done(self) -> bool:
        """True once the task has finished."""
        return not self.state

    def cancel(self) -> bool:
        """Throw CancelledError into the task when it next runs; False if finished."""
        if not self.state:
            return False
        ctx = self._ctx
        if self is ctx["cur_task"]:
            raise RuntimeError("can't cancel self")
        target = self
        while isinstance(target.data, Task):
            target = target.data
        queue = ctx["_task_queue"]
        parked_on = target.data
        remove = getattr(parked_on, "remove", None)
        if remove is not None:
            remove(target)
            queue.push(target)
        elif _ticks_diff(target.ph_key, ctx["ticks"]()) > 0:
            queue.remove(target)  # sleeping on the run queue: run it now
            queue.push(target)
        target.data = ctx["CancelledError"]
        return True
