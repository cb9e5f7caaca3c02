# Mote uasyncio: wait_for, wait_for_ms and gather.

from . import core


async def _watch(waiter, aw):
    # Runs ``aw`` for wait_for.  If it finishes first, wake the waiter out of its
    # timeout sleep by cancelling it with a CancelledError that carries the outcome:
    # args = (True, result) on success, (exception, None) on failure.
    try:
        result = await aw
        outcome = True
    except BaseException as er:
        result = None
        outcome = er
    if waiter.data is None and waiter.cancel():
        # data None: the waiter is still in its sleep (not already being cancelled).
        waiter.data = core.CancelledError(outcome, result)


async def wait_for(aw, timeout, sleep=core.sleep):
    """Await ``aw`` for at most ``timeout`` seconds; on timeout cancel it and raise
    TimeoutError.  With ``timeout`` None, just await it."""
    aw = core._promote_to_task(aw)
    if timeout is None:
        return await aw
    watcher = core.create_task(_watch(core.cur_task, aw))
    try:
        await sleep(timeout)
    except core.CancelledError as er:
        outcome = er.value
        if outcome is None:
            # Cancelled from outside: cancel the awaited object too.
            watcher.cancel()
            raise er
        if outcome is True:
            return er.args[1]
        raise outcome
    # Timed out.
    watcher.cancel()
    await watcher
    raise core.TimeoutError


def wait_for_ms(aw, timeout):
    """wait_for with the timeout in milliseconds."""
    return wait_for(aw, timeout, core.sleep_ms)


class _Gathering:
    # Marks a task parked in gather; it sits on no queue, so there is nothing to remove
    # it from when it is cancelled.
    @staticmethod
    def remove(task):
        pass


# A generator, not `async def`: it parks the calling task itself.
def gather(*aws, return_exceptions=False):
    """Run awaitables concurrently; return their results in order.

    The first exception is raised (remaining tasks keep running) unless
    ``return_exceptions`` is true, in which case exceptions take their result's place.
    Cancelling the gather cancels every task still running.
    """
    if not aws:
        return []

    def on_done(t, er):
        # Completion callback of each sub-task (stored in its ``state``).
        nonlocal pending
        if me.data is not _Gathering:
            # Already woken (an earlier failure, or the gather was cancelled).
            return
        if not return_exceptions and not isinstance(er, StopIteration):
            pending = er
        else:
            pending -= 1
            if pending:
                return
        core._task_queue.push(me)

    tasks = [core._promote_to_task(aw) for aw in aws]
    for t in tasks:
        if t.state is not True:
            # Finished, or already awaited by someone else.
            raise RuntimeError("can't gather")
        t.state = on_done

    me = core.cur_task
    pending = len(tasks)  # count of running sub-tasks, or the exception to raise
    cancelled = False
    me.data = _Gathering
    try:
        yield
    except core.CancelledError as er:
        cancelled = True
        pending = er

    for i in range(len(tasks)):
        t = tasks[i]
        if t.state is on_done:
            # Still running: detach our callback (and cancel it if we were cancelled).
            t.state = True
            if cancelled:
                t.cancel()
        elif isinstance(t.data, StopIteration):
            tasks[i] = t.data.value
        else:
            tasks[i] = t.data

    if pending:
        raise pending
    return tasks
