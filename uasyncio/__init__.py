# Mote uasyncio: asyncio for code running in the Mote VM (importable as `asyncio` and
# `uasyncio`).  The kernel is in core.py; everything else loads on first use.

from .core import *

# Reported like MicroPython's own asyncio, whose API this follows.
__version__ = (3, 0, 0)

# Attribute name -> submodule that defines it, for the lazy loader below.
_attrs = {
    "wait_for": "funcs",
    "wait_for_ms": "funcs",
    "gather": "funcs",
    "Event": "event",
    "ThreadSafeFlag": "event",
    "Lock": "lock",
    "open_connection": "stream",
    "start_server": "stream",
    "StreamReader": "stream",
    "StreamWriter": "stream",
    "Queue": "queue",
    "QueueEmpty": "queue",
    "QueueFull": "queue",
    "Semaphore": "semaphore",
    "BoundedSemaphore": "semaphore",
}


def __getattr__(attr):
    # Import the submodule holding ``attr`` the first time it is asked for, and cache
    # the value as a real global so later lookups skip this function.
    mod = _attrs.get(attr, None)
    if mod is None:
        raise AttributeError(attr)
    value = getattr(__import__(mod, globals(), None, True, 1), attr)
    globals()[attr] = value
    return value
