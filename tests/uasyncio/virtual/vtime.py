# A virtual `time` for the asyncio conformance programs (MicroPython code, run in the
# guest).  Installed as sys.modules["time"] by the harness, with vselect as "select":
# the clock only moves when the event loop would block in poll, and then jumps straight
# to the deadline.  Outputs therefore depend on the programs' logic alone, never on how
# fast or loaded the machine running them is.

_PERIOD = 1 << 30  # MicroPython's ticks period on ports with 30-bit small ints
_MASK = _PERIOD - 1
_HALF = _PERIOD // 2

# Start near the wraparound point, so the programs also exercise ticks wrapping.
_now_ms = _PERIOD - 50


def advance_ms(dt):
    global _now_ms
    _now_ms += dt


def ticks_ms():
    return _now_ms & _MASK


def ticks_us():
    return (_now_ms * 1000) & _MASK


def ticks_add(t, delta):
    return (t + delta) & _MASK


def ticks_diff(a, b):
    return ((a - b + _HALF) & _MASK) - _HALF


def sleep_ms(t):
    advance_ms(max(0, t))


def sleep(t):
    advance_ms(max(0, int(t * 1000)))


def time():
    return _now_ms // 1000
