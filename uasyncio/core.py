# Mote uasyncio: the kernel -- run queue, I/O poller, sleep and the scheduler loop.
#
# Design, in the spirit of MicroPython's own asyncio:
# 1. A task is a coroutine that only ever yields None.  Before yielding, whatever it
#    waits on (the run queue with a wake-up time, an Event's queue, the poller, another
#    task) has recorded it; whoever wakes it pushes it back on the run queue.  The loop
#    therefore never inspects what a coroutine yields.
# 2. ``task.data`` links a parked task to the object holding it (anything with a
#    ``remove(task)`` method), so cancel() can pull it out from wherever it is.
# 3. The hot path (sleep, switch, wake) allocates nothing on the heap: sleep_ms reuses
#    one generator object, the TaskQueue links live in the tasks themselves, and the
#    exception tuples the loop catches are built once.
# 4. Everything else (events, locks, gather, streams, queues) is built on these few
#    operations in its own module, loaded only when first used.

from time import ticks_ms as ticks, ticks_diff, ticks_add
import sys
import select

# The native accelerator, when the firmware has one; the Python version otherwise.
try:
    from _asyncio import TaskQueue, Task
except ImportError:
    from .task import TaskQueue, Task


################################################################################
# Exceptions


class CancelledError(BaseException):
    """Thrown into a task that was cancelled."""


class TimeoutError(Exception):
    """Raised by wait_for when the awaited object did not finish in time."""


# Reused for every call_exception_handler from the loop, so that reporting an
# unretrieved task exception needs no allocation.
_exc_context = {"message": "Task exception wasn't retrieved", "exception": None, "future": None}


################################################################################
# Sleeping


class _Sleeper:
    # The awaitable returned by sleep_ms.  There is exactly one, reused by every call:
    # `await sleep_ms(t)` runs to completion before any other task can call sleep_ms
    # again, so one object suffices and sleeping allocates nothing.
    def __init__(self):
        self.until = None
        self.stop = StopIteration()

    def __iter__(self):
        return self

    def __next__(self):
        if self.until is None:
            # Second step: woken up, finish the await.
            self.stop.__traceback__ = None
            raise self.stop
        _task_queue.push(cur_task, self.until)
        self.until = None
        return None


def sleep_ms(t, _sleeper=_Sleeper()):
    """Pause the current task for ``t`` milliseconds (a MicroPython extension)."""
    assert _sleeper.until is None
    _sleeper.until = ticks_add(ticks(), max(0, t))
    return _sleeper


def sleep(t):
    """Pause the current task for ``t`` seconds (int or float)."""
    return sleep_ms(int(t * 1000))


################################################################################
# Streams waiting for I/O

_POLLIN = select.POLLIN
_POLLOUT = select.POLLOUT
_POLLERR = select.POLLERR
# Not every port's select defines POLLPRI; the value is the same everywhere it does.
_POLLPRI = getattr(select, "POLLPRI", 2)


class IOQueue:
    """Tasks parked until a stream is readable, has priority data, or is writable."""

    def __init__(self):
        self.poller = select.poll()
        # id(stream) -> [reader, pri-reader, writer, stream]; one task per direction.
        self.map = {}

    @staticmethod
    def _mask(entry):
        m = 0
        if entry[0] is not None:
            m |= _POLLIN
        if entry[1] is not None:
            m |= _POLLPRI
        if entry[2] is not None:
            m |= _POLLOUT
        return m

    def _park(self, stream, slot):
        key = id(stream)
        entry = self.map.get(key)
        if entry is None:
            entry = [None, None, None, stream]
            entry[slot] = cur_task
            self.map[key] = entry
            self.poller.register(stream, self._mask(entry))
        else:
            assert entry[slot] is None
            entry[slot] = cur_task
            self.poller.modify(stream, self._mask(entry))
        cur_task.data = self

    def _forget(self, stream):
        del self.map[id(stream)]
        self.poller.unregister(stream)

    def queue_read(self, stream):
        """Park the current task until ``stream`` is readable."""
        self._park(stream, 0)

    def queue_pri(self, stream):
        """Park the current task until ``stream`` has priority data."""
        self._park(stream, 1)

    def queue_write(self, stream):
        """Park the current task until ``stream`` is writable."""
        self._park(stream, 2)

    def remove(self, task):
        """Stop waiting for I/O on behalf of ``task`` (it was cancelled)."""
        while True:
            found = None
            for key in self.map:  # iterating the dict itself allocates nothing
                entry = self.map[key]
                if entry[0] is task or entry[1] is task or entry[2] is task:
                    found = entry[3]
                    break
            if found is None:
                return
            self._forget(found)

    def wait_io_event(self, dt):
        """Wait up to ``dt`` ms (-1: forever) for I/O and wake the tasks it concerns."""
        for stream, ev in self.poller.ipoll(dt):
            entry = self.map[id(stream)]
            if ev & (_POLLIN | _POLLERR) and entry[0] is not None:
                _task_queue.push(entry[0])
                entry[0] = None
            if ev & _POLLPRI and entry[1] is not None:
                # Priority data jumps the queue: key it a second in the past.
                _task_queue.push(entry[1], ticks_add(ticks(), -1000))
                entry[1] = None
            if ev & (_POLLOUT | _POLLERR) and entry[2] is not None:
                _task_queue.push(entry[2])
                entry[2] = None
            if entry[0] is None and entry[1] is None and entry[2] is None:
                self._forget(stream)
            else:
                self.poller.modify(stream, self._mask(entry))


################################################################################
# Tasks and the scheduler loop


def _promote_to_task(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def create_task(coro):
    """Wrap ``coro`` in a Task and schedule it to run; returns the Task."""
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro, globals())
    _task_queue.push(t)
    return t


def _wait_until_runnable(main_task):
    # Block (polling I/O meanwhile) until the run queue's head is due.  Returns False
    # when nothing can ever become runnable and the loop should return.
    global cur_task
    dt = 1
    while dt > 0:
        dt = -1
        head = _task_queue.peek()
        if head:
            dt = max(0, ticks_diff(head.ph_key, ticks()))
        elif not _io_queue.map:
            cur_task = None
            if not main_task or not main_task.state:
                return False
            # The main task is parked on something nothing can wake.  Keep the loop
            # alive (polling briefly) rather than returning a half-finished main task.
            dt = 3
        _io_queue.wait_io_event(dt)
    return True


def run_until_complete(main_task=None):
    """Run tasks until ``main_task`` finishes (or, with None, until none are left).

    Returns the main task's result, or raises its exception.
    """
    global cur_task
    # Built once: catching with a tuple literal would allocate on every task switch.
    finished = (CancelledError, Exception)
    quiet = (CancelledError, StopIteration)
    while True:
        if not _wait_until_runnable(main_task):
            return
        t = _task_queue.pop()
        cur_task = t
        try:
            exc = t.data
            if not exc:
                t.coro.send(None)
            else:
                # Either a cancellation, or a finished task re-queued below because
                # nobody retrieved its exception: throwing into the finished coroutine
                # raises StopIteration and lands in the state-is-None branch.
                t.data = None
                t.coro.throw(exc)
        except finished as er:
            assert t.data is None
            awaited = t is main_task
            if awaited:
                cur_task = None
                if not isinstance(er, StopIteration):
                    t.state = False
                    raise er
                if t.state is None:
                    t.state = False
            state = t.state
            if state:
                # The task has just finished: hand its outcome to whoever waits.
                if state is True:
                    # Nobody waits yet: None = finished but not retrieved.
                    t.state = False if awaited else None
                elif callable(state):
                    state(t, er)
                    t.state = False
                    awaited = True
                else:
                    while state.peek():
                        _task_queue.push(state.pop())
                        awaited = True
                    t.state = False
                if not awaited and not isinstance(er, quiet):
                    # An exception nobody has asked for yet: look again on the next
                    # pass, and report it then if still nobody awaited the task.
                    _task_queue.push(t)
                t.data = er
            elif state is None:
                # Second visit of an unretrieved exception (see above): report it.
                t.data = exc
                _exc_context["exception"] = exc
                _exc_context["future"] = t
                Loop.call_exception_handler(_exc_context)
            if t is main_task:
                return er.value


def run(coro):
    """Create a task for ``coro``, run the loop until it finishes, return its result."""
    return run_until_complete(create_task(coro))


################################################################################
# The event-loop object (one loop; methods are called on the class itself)


async def _stopper():
    pass


cur_task = None
_stop_task = None


class Loop:
    """The event loop: ``get_event_loop()`` returns this class, used without instances."""

    _exc_handler = None

    @staticmethod
    def create_task(coro):
        return create_task(coro)

    @staticmethod
    def run_forever():
        """Run until stop() is called (or no task is left to run)."""
        global _stop_task
        _stop_task = Task(_stopper(), globals())
        run_until_complete(_stop_task)

    @staticmethod
    def run_until_complete(aw):
        return run_until_complete(_promote_to_task(aw))

    @staticmethod
    def stop():
        """Make run_forever return once the current task yields."""
        global _stop_task
        if _stop_task is not None:
            _task_queue.push(_stop_task)
            _stop_task = None

    @staticmethod
    def close():
        pass

    @staticmethod
    def set_exception_handler(handler):
        """Call ``handler(loop, context)`` for task exceptions nobody retrieved."""
        Loop._exc_handler = handler

    @staticmethod
    def get_exception_handler():
        return Loop._exc_handler

    @staticmethod
    def default_exception_handler(loop, context):
        """Print the context's message, task and exception traceback to stderr."""
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    @staticmethod
    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    """Return the event loop (the arguments are accepted for old uasyncio code)."""
    return Loop


def current_task():
    """The Task now running; RuntimeError outside the loop."""
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def new_event_loop():
    """Reset the loop's queues (dropping every task) and return the loop."""
    global _task_queue, _io_queue
    _task_queue = TaskQueue()
    _io_queue = IOQueue()
    return Loop


new_event_loop()
