"""``select``: ``poll``/``ipoll`` over VM stream objects (MicroPython's select module).

A pollable object is any VM object with an ``ioctl(request, arg)`` method answering the
stream poll request (``MP_STREAM_POLL`` = 3) with the subset of the asked-for flags that
are ready — the protocol MicroPython's own streams, sockets, UARTs and ``io.IOBase``
subclasses (asyncio's ThreadSafeFlag) speak.  Waiting happens on the VM's clock, so a
board on the world's virtual clock lets time jump while everything is idle.
"""

from __future__ import annotations

from vm.native import NativeModule

module = NativeModule("select")

POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP = 0x0001, 0x0002, 0x0004, 0x0008, 0x0010
for _name, _value in (("POLLIN", POLLIN), ("POLLOUT", POLLOUT), ("POLLERR", POLLERR),
                      ("POLLHUP", POLLHUP)):
    module.constant(_name, _value)

MP_STREAM_POLL = 3
#: How often a blocked poll re-asks its objects on a real-time clock (host streams can
#: become ready at any moment; VM objects only between bytecodes of other code).
_SLICE_US = 1_000


def _ready(obj, mask: int) -> int:
    ioctl = getattr(obj, "ioctl", None)
    if ioctl is None:
        raise TypeError("object with stream.ioctl required")
    res = ioctl(MP_STREAM_POLL, mask | POLLERR | POLLHUP)
    return int(res) if res is not None else 0


class _Poll:
    """A poll object: registered objects and their event masks, in registration order."""

    __mp_name__ = "poll"

    def __init__(self, clock_of, scheduler):
        self._clock_of = clock_of
        self._scheduler = scheduler
        self._entries: dict[int, list] = {}  # id(obj) -> [obj, mask, last flags]
        self._iter: list = []

    def register(self, obj, eventmask=POLLIN | POLLOUT):
        entry = self._entries.get(id(obj))
        if entry is None:
            self._entries[id(obj)] = [obj, int(eventmask), 0]
        else:
            entry[1] = int(eventmask)

    def unregister(self, obj):
        self._entries.pop(id(obj), None)

    def modify(self, obj, eventmask):
        entry = self._entries.get(id(obj))
        if entry is None:
            raise OSError(2)  # ENOENT, as the port raises
        entry[1] = int(eventmask)

    def _scan(self) -> list:
        ready = []
        for entry in list(self._entries.values()):
            flags = _ready(entry[0], entry[1])
            if flags:
                ready.append((entry[0], flags))
        return ready

    def _wait(self, timeout) -> list:
        # Waiting is idling on the VM's clock through its scheduler: interrupts run as they
        # arrive, each event (or a driver's ``vm.scheduler.wake()``) ends one idle step and
        # the objects are asked again.  A real-time clock also re-asks every _SLICE_US,
        # since host streams (sockets, stdin) become ready without telling anyone.
        ready = self._scan()
        if ready or timeout == 0:
            return ready
        clock = self._clock_of()
        forever = getattr(clock, "FOREVER", 1 << 62)
        if timeout is None or timeout < 0:
            if not self._entries:
                raise OSError(22)  # would block forever: EINVAL, not a hang
            deadline = forever
        else:
            deadline = clock.now_us() + int(timeout) * 1000
        slice_us = None if getattr(clock, "is_virtual", False) else _SLICE_US
        while True:
            now = clock.now_us()
            if now >= deadline:
                return []
            until = deadline if slice_us is None else min(deadline, now + slice_us)
            self._scheduler.idle(until)
            ready = self._scan()
            if ready:
                return ready

    def poll(self, timeout=-1):
        return [(obj, flags) for obj, flags in self._wait(timeout)]

    def ipoll(self, timeout=-1, flags=0):
        # MicroPython returns one reused tuple per ready object to avoid allocation;
        # a fresh tuple has the same contents and lifetime rules for well-behaved code.
        one_shot = flags & 1
        result = self._wait(timeout)
        if one_shot:
            for obj, _ in result:
                entry = self._entries.get(id(obj))
                if entry is not None:
                    entry[1] = 0
        return iter(result)


def _install(vm, attrs) -> None:
    from vm.modules.time import clock_of
    from vm.runtime.scheduler import scheduler_of

    def poll():
        return _Poll(lambda: clock_of(vm), scheduler_of(vm))

    poll.__mp_native__ = True
    poll.__mp_name__ = "poll"
    attrs["poll"] = poll


module.on_import = _install
