"""``micropython``, ``gc``: basic versions."""

import io

import pytest

from vm.modules import load
from vm.modules.micropython import SCHEDULE_DEPTH, run_scheduled


class _Vm:
    def __init__(self):
        self.stdout = io.StringIO()


def test_schedule_queue_is_bounded_and_drained_in_order():
    vm = _Vm()
    m = load("micropython", vm)
    seen = []
    for i in range(SCHEDULE_DEPTH):
        m.schedule(seen.append, i)
    with pytest.raises(RuntimeError, match="schedule queue full"):
        m.schedule(seen.append, 99)
    assert vm.scheduler.pending() == (0, SCHEDULE_DEPTH)
    assert run_scheduled(vm) == SCHEDULE_DEPTH
    assert seen == list(range(SCHEDULE_DEPTH))


def test_const_opt_level_and_heap_lock():
    vm = _Vm()
    m = load("micropython", vm)
    assert m.const(3) == 3
    m.opt_level(2)
    assert m.opt_level() == 2
    m.heap_lock()
    assert m.heap_locked() == 1
    m.heap_unlock()
    assert m.heap_locked() == 0
    m.mem_info()
    assert "GC: total:" in vm.stdout.getvalue()


def test_gc_switches_and_figures():
    g = load("gc", _Vm())
    g.disable()
    assert not g.isenabled()
    g.enable()
    assert g.isenabled() and g.mem_free() > 0 and g.mem_alloc() > 0
    assert g.threshold() == -1
