# Mote uasyncio: Queue, with CPython's asyncio.Queue semantics (MicroPython has none).

from . import core
from .event import Event


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


def _park(waiting):
    # Park the current task on ``waiting`` until someone pops it onto the run queue.
    waiting.push(core.cur_task)
    core.cur_task.data = waiting
    yield


def _wake_one(waiting):
    if waiting.peek():
        core._task_queue.push(waiting.pop())


class Queue:
    """A FIFO queue for tasks.  ``maxsize`` <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = core.TaskQueue()
        self._putters = core.TaskQueue()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        """Number of items in the queue."""
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        """True if the queue holds maxsize items (never, when unbounded)."""
        return 0 < self._maxsize <= len(self._items)

    async def put(self, item):
        """Put ``item`` in, waiting while the queue is full."""
        while self.full():
            try:
                await _park(self._putters)
            except core.CancelledError:
                # We may have been woken just before the cancel: pass the turn on.
                if not self.full():
                    _wake_one(self._putters)
                raise
        self.put_nowait(item)

    def put_nowait(self, item):
        """Put ``item`` in at once; QueueFull if there is no room."""
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        _wake_one(self._getters)

    async def get(self):
        """Take the oldest item out, waiting while the queue is empty."""
        while not self._items:
            try:
                await _park(self._getters)
            except core.CancelledError:
                if self._items:
                    _wake_one(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Take the oldest item out at once; QueueEmpty if there is none."""
        if not self._items:
            raise QueueEmpty
        item = self._items.pop(0)
        _wake_one(self._putters)
        return item

    def task_done(self):
        """Mark one item taken with get() as processed (see join())."""
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put in has been marked with task_done()."""
        if self._unfinished > 0:
            await self._finished.wait()
