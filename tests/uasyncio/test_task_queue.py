"""uasyncio/task.py's pure-Python TaskQueue, run on the real MicroPython: a pairing heap
keyed by ticks_ms values (compared with wraparound) that pops equal keys in push order
and can remove any task from the middle.

Random operation sequences are generated here, run in the guest, and compared with a
plain model (sort by key distance from a base, then by push order).
"""

import random
import tempfile
from pathlib import Path

import pytest

from tests.uasyncio import harness

PERIOD = 1 << 30

GUEST = """
import sys
sys.path.insert(0, '/input')
sys.modules['_asyncio'] = None
from asyncio.task import TaskQueue, Task
q = TaskQueue()
tasks = [Task(None) for _ in range({n})]
out = []
for op, i, key in {ops}:
    if op == 'push':
        q.push(tasks[i], key)
    elif op == 'remove':
        q.remove(tasks[i])
    else:
        t = q.pop()
        out.append(tasks.index(t))
print(out)
"""


def make_ops(seed, n_tasks=24, n_ops=120, base=PERIOD - 40):
    rng = random.Random(seed)
    queued = set()
    ops = []
    for _ in range(n_ops):
        r = rng.random()
        idle = [i for i in range(n_tasks) if i not in queued]
        if idle and (r < 0.5 or not queued):
            i = rng.choice(idle)
            # Few distinct keys, spanning the wraparound: many ties, wrapped ordering.
            ops.append(("push", i, (base + rng.randrange(0, 80, 5)) % PERIOD))
            queued.add(i)
        elif r < 0.7:
            i = rng.choice(sorted(queued))
            ops.append(("remove", i, 0))
            queued.discard(i)
        else:
            ops.append(("pop", 0, 0))
            # The model says which task that pop takes out.
            queued.discard(model(ops)[-1])
    return ops


def model(ops, base=PERIOD - 40):
    live = {}  # task -> (distance from base, push sequence)
    seq = 0
    popped = []
    for op, i, key in ops:
        if op == "push":
            seq += 1
            live[i] = ((key - base) % PERIOD, seq)
        elif op == "remove":
            del live[i]
        else:
            best = min(live, key=live.get)
            del live[best]
            popped.append(best)
    return popped


@pytest.fixture(scope="module")
def input_dir():
    with tempfile.TemporaryDirectory() as tmp:
        yield harness.make_input_dir(Path(tmp))


@pytest.mark.parametrize("seed", range(6))
def test_pop_order_is_key_then_push_order(seed, input_dir):
    from tools.oracles import wasm_run

    ops = make_ops(seed)
    r = wasm_run(GUEST.format(n=24, ops=repr(ops)), input_dir=input_dir)
    assert r.exit_code == 0, r.stderr
    assert eval(r.stdout) == model(ops)


def test_pop_on_empty_queue_raises_index_error(input_dir):
    from tools.oracles import wasm_run

    code = ("import sys\nsys.path.insert(0, '/input')\nfrom asyncio.task import TaskQueue\n"
            "try:\n    TaskQueue().pop()\nexcept IndexError as e:\n    print('IndexError', e)\n")
    assert wasm_run(code, input_dir=input_dir).stdout == "IndexError empty heap\n"
