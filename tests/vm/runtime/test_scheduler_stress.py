"""100,000 interrupts: every hard IRQ runs exactly once; every scheduled callback runs
exactly once or was refused (queue full) -- none lost, none doubled.

Three sources, as drivers raise them:

* a host thread against a busy bytecode loop (40,000: hard IRQs and schedule calls),
* the world's virtual-time timers against an asyncio app (40,000 hard IRQs, each also
  calling ``micropython.schedule`` and setting a ThreadSafeFlag a task waits on),
* a host thread against an asyncio app in real time (20,000).

Handlers count into preallocated lists, as hard handlers must (the heap is locked).
"""

import io
import threading
import time
from pathlib import Path

from hal.world.clock import VirtualClock
from vm.runtime.vm import VM

REPO = Path(__file__).resolve().parents[3]

HANDLERS = """
import micropython
N = {n}
hard_seen = [0] * N
soft_seen = [0] * N
refused = [0] * N
def soft(i):
    soft_seen[i] += 1
def hard(i):
    hard_seen[i] += 1
def hard_then_schedule(i):
    hard_seen[i] += 1
    try:
        micropython.schedule(soft, i)
    except RuntimeError:
        refused[i] += 1
"""


def _vm(n: int, clock=None):
    out = io.StringIO()
    vm = VM(stdout=out, path=[str(REPO)])
    if clock is not None:
        vm.clock = clock
    g = vm.exec_compiled(vm.compile_source(HANDLERS.format(n=n)), "__main__")
    return vm, out, g


def _run(vm, g, source):
    vm.exec_compiled(vm.compile_source(source), "__main__", g)


def _check_exactly_once(g, accepted):
    """Every hard IRQ ran once; each soft call ran once iff it was accepted."""
    assert set(g["hard_seen"]) == {1}
    for i, (ran, ok) in enumerate(zip(g["soft_seen"], accepted)):
        assert ran == (1 if ok else 0), (i, ran, ok)


def test_host_thread_against_a_busy_loop():
    n_hard, n_soft = 25_000, 15_000
    vm, out, g = _vm(n_hard)
    accepted = [False] * n_soft
    go = threading.Event()
    g["go"] = go.set
    stop = [0]
    g["stop"] = stop

    def raiser():
        go.wait()
        sched = vm.scheduler
        for i in range(n_hard):
            sched.hard_irq(g["hard"], i)
            if i < n_soft:
                accepted[i] = sched.schedule(g["soft"], i)
            if i % 8 == 0:
                time.sleep(0)  # let the VM thread run: bursts, then room to drain
        stop[0] = 1

    t = threading.Thread(target=raiser)
    t.start()
    _run(vm, g, """
go()
spins = 0
while not stop[0]:
    spins += 1
for _ in range(100):   # a few more checks: the last soft callbacks run one per check
    pass
print('spun', spins > 0)
""")
    t.join()
    assert out.getvalue() == "spun True\n"
    _check_exactly_once(g, accepted + [False] * (n_hard - n_soft))
    assert vm.scheduler.soft_refused == accepted.count(False)
    assert vm.scheduler.pending() == (0, 0)


def test_virtual_timers_against_an_asyncio_app():
    n = 40_000
    clock = VirtualClock()
    vm, out, g = _vm(n, clock)
    _run(vm, g, """
import uasyncio as asyncio
import time
flag = asyncio.ThreadSafeFlag()
def hard_flag(i):
    hard_then_schedule(i)
    flag.set()
wakes = [0]
async def waiter():
    while True:
        await flag.wait()
        wakes[0] += 1
async def ticker(ms, count):
    while True:
        await asyncio.sleep_ms(ms)
        count[0] += 1
async def main():
    asyncio.create_task(waiter())
    counts = [[0], [0], [0]]
    for ms, c in zip((1, 7, 1000), counts):
        asyncio.create_task(ticker(ms, c))
    await asyncio.sleep_ms(N // 4 + 50)
    print('ticks', [c[0] for c in counts], 'woke', wakes[0] > 0)
""")
    # One IRQ every 250 virtual µs: several per millisecond tick of the app.
    for i in range(n):
        clock.schedule(1000 + 250 * i, lambda i=i: vm.scheduler.hard_irq(g["hard_flag"], i))
    _run(vm, g, "asyncio.run(main())\nfor _ in range(20):\n    pass\n")
    assert out.getvalue().startswith("ticks [")
    accepted = [not r for r in g["refused"]]
    _check_exactly_once(g, accepted)
    assert sum(g["soft_seen"]) + sum(g["refused"]) == n


def test_host_thread_against_an_asyncio_app_in_real_time():
    n = 10_000  # hard IRQs, each paired with one schedule call: 20,000 interrupts
    vm, _, g = _vm(n)
    accepted = [False] * n
    done = [0]
    g["done"] = done
    _run(vm, g, """
import uasyncio as asyncio
flag = asyncio.ThreadSafeFlag()
def hard_flag(i):
    hard(i)
    flag.set()
async def waiter():
    while True:
        await flag.wait()
async def main():
    asyncio.create_task(waiter())
    while not done[0]:
        await asyncio.sleep_ms(1)
""")
    go = threading.Event()
    g["go"] = go.set

    def raiser():
        go.wait()
        sched = vm.scheduler
        for i in range(n):
            sched.hard_irq(g["hard_flag"], i)
            accepted[i] = sched.schedule(g["soft"], i)
            if i % 8 == 0:
                time.sleep(0)
        done[0] = 1

    t = threading.Thread(target=raiser)
    t.start()
    _run(vm, g, "go()\nasyncio.run(main())\nfor _ in range(100):\n    pass\n")
    t.join()
    _check_exactly_once(g, accepted)
