"""``time`` reads the VM's world clock; ticks wrap like MicroPython's."""

import pytest

from hal.world.clock import VirtualClock
from vm.modules import load


class _Vm:
    def __init__(self, start_us=5_000_000):
        self.clock = VirtualClock(start_us=start_us, epoch_us=1_700_000_000_000_000)


def test_sleeps_advance_the_virtual_clock_without_wall_time():
    vm = _Vm()
    t = load("time", vm)
    t0, u0 = t.ticks_ms(), t.ticks_us()
    t.sleep_ms(250)
    t.sleep(1)
    t.sleep_us(7)
    t.sleep(3600 * 24)  # a day: instant in virtual time
    assert t.ticks_diff(t.ticks_ms(), t0) == 86_401_250 % (1 << 30)
    assert vm.clock.now_us() == 5_000_000 + 86_401_250_007
    assert t.ticks_diff(t.ticks_us(), u0) == t.ticks_diff((86_401_250_007 + u0) % (1 << 30), u0)


def test_negative_sleeps_return_at_once_and_float_ms_is_refused():
    vm = _Vm()
    t = load("time", vm)
    t.sleep_ms(-5)
    t.sleep(-1)
    assert vm.clock.now_us() == 5_000_000
    with pytest.raises(TypeError, match="can't convert float to int"):
        t.sleep_ms(1.5)


def test_ticks_wrap_at_2_to_the_30_and_add_refuses_half_a_period():
    t = load("utime", _Vm())
    assert t.ticks_add(2**30 - 1, 2) == 1
    assert t.ticks_diff(1, 2**30 - 1) == 2
    assert t.ticks_diff(2**29, 0) == -(2**29)
    assert t.ticks_add(0, 2**29 - 1) == 2**29 - 1
    for delta in (2**29, -(2**29)):
        with pytest.raises(OverflowError, match="ticks interval overflow"):
            t.ticks_add(0, delta)


def test_ticks_derive_from_the_clock_and_wrap():
    vm = _Vm(start_us=(1 << 30) * 1000 + 5_500)
    t = load("time", vm)
    assert t.ticks_ms() == 5 and t.ticks_us() == ((1 << 30) * 1000 + 5_500) % (1 << 30)


def test_wall_time_is_the_clock_epoch_plus_clock_time():
    vm = _Vm(start_us=2_500_000)
    t = load("time", vm)
    assert t.time() == 1_700_000_002.5
    assert t.time_ns() == 1_700_000_002_500_000_000
    assert t.localtime() == t.gmtime() == t.gmtime(1_700_000_002)


def test_gmtime_and_mktime_round_trip():
    t = load("time", _Vm())
    assert t.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1)
    assert t.gmtime(-1) == (1969, 12, 31, 23, 59, 59, 2, 365)
    assert t.gmtime(2**31) == (2038, 1, 19, 3, 14, 8, 1, 19)
    assert t.gmtime(1700000000) == (2023, 11, 14, 22, 13, 20, 1, 318)
    assert t.mktime(t.gmtime(1700000000)) == 1700000000
    # Out-of-range fields normalise, as on the real VM.
    assert t.mktime((2024, 2, 30, 25, 0, 0, 0, 0)) == 1709341200
    with pytest.raises(TypeError, match="mktime needs a tuple of length 8 or 9"):
        t.mktime((1, 2))


def test_a_bare_vm_reads_the_host_clock():
    class Bare:
        pass
    t = load("time", Bare())
    a = t.ticks_us()
    t.sleep_ms(2)
    assert t.ticks_diff(t.ticks_us(), a) >= 2000
