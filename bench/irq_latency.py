"""Interrupt latency: from a pin edge during a busy loop to its hard handler.

Two sources of the edge, on the emulated pyboard (virtual clock):
  * in-loop: the loop itself pulls an open-drain pin low at iteration K (an edge raised
    inside a native call, as a loopback wire would);
  * host thread: another thread drives the pad's net low while the loop spins (an edge
    from outside the VM's thread, as a real-time peripheral or a pty would raise it).
Reported: loop iterations between the edge and the handler, the bytecodes that is (the
loop's iteration length from the disassembly), and virtual time elapsed (computation costs
no virtual time, so the handler runs at the edge's virtual time).  The bound stated by the
scheduler (vm/runtime/scheduler.py) is one branch-free run of bytecodes: < 1 iteration.

    .venv/bin/python bench/irq_latency.py
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.drivers.support import board_hardware, new_vm, run

LOOP = """
from machine import Pin
import time
p = Pin('X2', Pin.OPEN_DRAIN, Pin.PULL_UP, value=1)
n = 0
seen = [0, 0, 0]  # preallocated: a hard handler runs with the heap locked
def handler(pin):
    seen[1] = n
    seen[2] = time.ticks_us()
    seen[0] = 1
p.irq(handler, Pin.IRQ_FALLING, hard=True)
t0 = time.ticks_us()
while not seen[0] and n < LIMIT:
    n += 1
    if n == K:
        p.value(0)
print('edge_at', K, 'handled_at', seen[1], 'dt_us', seen[2] - t0)
"""

# Bytecodes of one iteration of the loop above (mpy-cross -O0 disassembly, counted):
# while-test (LOAD_NAME seen, LOAD_CONST_SMALL_INT 0, LOAD_SUBSCR, POP_JUMP_IF_TRUE,
# LOAD_NAME n, LOAD_CONST LIMIT, BINARY_OP <, POP_JUMP_IF_FALSE) 8, n += 1 (LOAD_NAME,
# LOAD_CONST_SMALL_INT, BINARY_OP, STORE_NAME) 4, the K test (LOAD_NAME, LOAD_CONST,
# BINARY_OP ==, POP_JUMP_IF_FALSE) 4.
BYTECODES_PER_ITERATION = 16


def in_loop() -> tuple[int, int, int]:
    out = run(LOOP.replace("LIMIT", "100000").replace("K", "5000"), board_hardware())
    words = out.split()
    return int(words[1]), int(words[3]), int(words[5])


def host_thread() -> tuple[int, int]:
    hw = board_hardware()
    vm, out = new_vm(hw)
    src = LOOP.replace("LIMIT", "50000000").replace("K", "-1")
    marks: list[int] = []

    def press() -> None:
        time.sleep(0.5)
        g = vm.modules["__main__"].__dict__
        marks.append(g["n"])
        hw.pad("PA1").drive("host", 0)

    th = threading.Thread(target=press)
    th.start()
    run(src, vm=vm)
    th.join()
    handled = int(out.getvalue().split()[3])
    return marks[0], handled


def main() -> None:
    k, handled, dt = in_loop()
    print(f"in-loop edge:     raised at iteration {k}, handled at iteration {handled}: "
          f"{handled - k} iterations (<= {(handled - k + 1) * BYTECODES_PER_ITERATION} "
          f"bytecodes), {dt} us virtual time since the loop started")
    mark, handled = host_thread()
    print(f"host-thread edge: raised near iteration {mark}, handled at iteration {handled}: "
          f"{handled - mark} iterations (<= {(handled - mark + 1) * BYTECODES_PER_ITERATION}"
          f" bytecodes)")


if __name__ == "__main__":
    main()
