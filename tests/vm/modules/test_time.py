"""``time`` reads the VM's clock; ticks wrap like MicroPython's."""

from vm.modules import load


class _Clock:
    def __init__(self):
        self.ns = 5_000_000_000

    def monotonic_ns(self):
        return self.ns

    def sleep_ns(self, ns):
        self.ns += ns

    def epoch_ns(self):
        return 1_700_000_000_000_000_000 + self.ns


class _Vm:
    def __init__(self):
        self.clock = _Clock()


def test_sleep_advances_the_injected_clock():
    vm = _Vm()
    t = load("time", vm)
    t0 = t.ticks_ms()
    t.sleep_ms(250)
    t.sleep(1)
    assert t.ticks_diff(t.ticks_ms(), t0) == 1250


def test_ticks_wrap_at_2_to_the_30():
    t = load("utime", _Vm())
    assert t.ticks_add(2**30 - 1, 2) == 1
    assert t.ticks_diff(1, 2**30 - 1) == 2


def test_gmtime_and_mktime_round_trip():
    t = load("time", _Vm())
    assert t.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1)
    assert t.gmtime(1700000000) == (2023, 11, 14, 22, 13, 20, 1, 318)
    assert t.mktime(t.gmtime(1700000000)) == 1700000000
