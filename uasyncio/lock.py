# Mote uasyncio: Lock.

from . import core


class Lock:
    """A mutex for tasks; waiters acquire it in FIFO order."""

    def __init__(self):
        # 0: free; 1: held; a Task: released and handed to that waiter, which has been
        # scheduled but has not run yet.
        self.state = 0
        self.waiting = core.TaskQueue()

    def locked(self):
        return self.state == 1

    def release(self):
        """Release the lock, handing it to the longest waiter if there is one."""
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self.waiting.peek():
            nxt = self.waiting.pop()
            self.state = nxt
            core._task_queue.push(nxt)
        else:
            self.state = 0

    def acquire(self):
        """Wait until the lock is free and take it; returns True."""
        if self.state != 0:
            me = core.cur_task
            self.waiting.push(me)
            me.data = self.waiting
            try:
                yield
            except core.CancelledError as er:
                if self.state == me:
                    # The lock had just been handed to us: pass it on before leaving.
                    self.state = 1
                    self.release()
                raise er
        self.state = 1
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        return self.release()
