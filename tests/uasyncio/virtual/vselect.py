# A virtual `select` for the asyncio conformance programs (see vtime.py).  Registered
# objects are asked for readiness through their ioctl (MP_STREAM_POLL = 3), the way
# MicroPython's own poll asks a Python stream object; when none is ready, ipoll(dt)
# advances the virtual clock by dt instead of sleeping.

import vtime

POLLIN = 1
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
_MP_STREAM_POLL = 3


class _Poll:
    def __init__(self):
        self._objs = {}

    def register(self, obj, mask=POLLIN | POLLOUT):
        self._objs[id(obj)] = [obj, mask]

    def modify(self, obj, mask):
        self._objs[id(obj)][1] = mask

    def unregister(self, obj):
        self._objs.pop(id(obj), None)

    def _ready(self):
        out = []
        for key in self._objs:
            obj, mask = self._objs[key]
            ev = obj.ioctl(_MP_STREAM_POLL, mask | POLLERR | POLLHUP)
            if ev:
                out.append((obj, ev))
        return out

    def poll(self, timeout=-1):
        return self.ipoll(timeout)

    def ipoll(self, timeout=-1, flags=0):
        ready = self._ready()
        if ready or timeout == 0:
            return ready
        if timeout < 0:
            # Nothing could ever wake the loop: in virtual time that is a hang.
            raise RuntimeError("virtual select: would block forever")
        vtime.advance_ms(timeout)
        return self._ready()


def poll():
    return _Poll()
