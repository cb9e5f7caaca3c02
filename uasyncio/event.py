# Mote uasyncio: Event and ThreadSafeFlag.

from . import core


class Event:
    """A flag tasks can wait on; set() wakes every waiter and stays set until clear()."""

    def __init__(self):
        self.state = False
        self.waiting = core.TaskQueue()

    def is_set(self):
        return self.state

    def set(self):
        """Set the flag and wake all waiters.  Only from the loop's own thread (no IRQs)."""
        q = self.waiting
        while q.peek():
            core._task_queue.push(q.pop())
        self.state = True

    def clear(self):
        self.state = False

    # A generator rather than `async def`: it parks the task on our queue directly.
    def wait(self):
        """Wait until the flag is set; returns True."""
        if not self.state:
            self.waiting.push(core.cur_task)
            # Parked on our queue: cancel() will remove the task from it.
            core.cur_task.data = self.waiting
            yield
        return True


# ThreadSafeFlag is a MicroPython extension that IRQ handlers and other threads may
# set().  set() only flips a field; the loop notices through select.poll, which asks the
# object's ioctl whether it is "readable".  Unlike Event it clears itself in wait().
try:
    import io

    _MP_STREAM_POLL = 3

    class ThreadSafeFlag(io.IOBase):
        """A self-clearing flag that may be set from outside the event loop."""

        def __init__(self):
            self.state = 0

        def ioctl(self, req, flags):
            if req == _MP_STREAM_POLL:
                return self.state * flags
            return -1

        def set(self):
            self.state = 1

        def clear(self):
            self.state = 0

        async def wait(self):
            """Wait until set, then clear the flag."""
            if not self.state:
                yield core._io_queue.queue_read(self)
            self.state = 0

except ImportError:
    pass
