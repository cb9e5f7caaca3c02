# Mote uasyncio: Semaphore and BoundedSemaphore, with CPython's asyncio semantics
# (MicroPython has neither).  Waiters are served in FIFO order: a release hands its unit
# straight to the longest waiter, so a newcomer cannot overtake it.

from . import core


class Semaphore:
    """A counter of available units; acquire() takes one (waiting if none), release()
    gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiting = core.TaskQueue()
        # Waiters that a release has handed a unit to but that have not run yet.
        self._granted = []

    def locked(self):
        """True if acquire() would have to wait."""
        return self._value == 0 or self._waiting.peek() is not None

    def _wake_next(self):
        if self._waiting.peek():
            t = self._waiting.pop()
            self._value -= 1
            self._granted.append(t)
            core._task_queue.push(t)

    def _wait(self):
        me = core.cur_task
        self._waiting.push(me)
        me.data = self._waiting
        yield

    async def acquire(self):
        """Take a unit, waiting for one if needed; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        me = core.cur_task
        try:
            await self._wait()
        except core.CancelledError:
            if me in self._granted:
                # A unit was already handed to us: give it to the next waiter.
                self._granted.remove(me)
                self._value += 1
                self._wake_next()
            raise
        self._granted.remove(me)
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        """Give a unit back, waking the longest waiter if any."""
        self._value += 1
        self._wake_next()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() raises ValueError past the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()
