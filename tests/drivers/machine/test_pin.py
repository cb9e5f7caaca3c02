"""machine.Pin on the pyboard and the ESP8266: names, modes, pulls, values, IRQs, errors."""

from tests.drivers.support import board_hardware, run


def test_pyboard_pins_by_board_and_cpu_name():
    out = run("from machine import Pin\n"
              "p = Pin('X1', Pin.OUT)\nprint(p)\nprint(Pin('A0') is p, p.name(), p.names())\n"
              "q = Pin('Y1', Pin.IN, Pin.PULL_DOWN)\nprint(q)\n", board_hardware())
    assert out.splitlines() == [
        "Pin(Pin.cpu.A0, mode=Pin.OUT)",
        "True A0 ['A0', 'X1']",
        "Pin(Pin.cpu.C6, mode=Pin.IN, pull=Pin.PULL_DOWN)",
    ]


def test_output_drives_the_net_and_input_reads_it():
    hw = board_hardware()
    out = run("from machine import Pin\np = Pin('X1', Pin.OUT, value=1)\n"
              "print(p.value(), p())\np.off()\nprint(p.value())\np(1)\n", hw)
    assert out.split() == ["1", "1", "0"]
    assert hw.pad("PA0").level == 1


def test_pull_up_and_open_drain():
    hw = board_hardware()
    out = run("from machine import Pin\n"
              "p = Pin('X2', Pin.OPEN_DRAIN, Pin.PULL_UP, value=1)\nprint(p.value())\n"
              "p.value(0)\nprint(p.value())\nprint(p.mode() == Pin.OPEN_DRAIN, p.pull())\n", hw)
    assert out.split() == ["1", "0", "True", "1"]


def test_wrong_pin_raises_the_ports_error():
    assert run("from machine import Pin\nPin('X99')\n", board_hardware()).splitlines()[-1] \
        == "ValueError: Pin(X99) doesn't exist"
    assert run("from machine import Pin\nPin(6)\n", board_hardware("esp8266")).splitlines()[-1] \
        == "ValueError: invalid pin"
    assert run("from machine import Pin\nprint(Pin(5, Pin.OUT))\n",
               board_hardware("esp8266")).strip() == "Pin(5)"


def test_hard_irq_runs_on_the_edge_only_for_the_trigger():
    hw = board_hardware()
    out = run("from machine import Pin\nhits = []\n"
              "x = Pin('X2', Pin.OPEN_DRAIN, Pin.PULL_UP, value=1)\n"
              "x.irq(lambda p: hits.append(p.value()), Pin.IRQ_FALLING, hard=True)\n"
              "for v in (0, 1, 0, 1):\n    x.value(v)\nprint(hits, x.irq().flags() == Pin.IRQ_FALLING)\n",
              hw)
    assert out.strip() == "[0, 0] True"


def test_soft_irq_from_a_button_press_during_sleep():
    hw = board_hardware(parts=[{"kind": "button", "name": "btn", "pin": "X3",
                                "active": "low"}])
    hw.scenario.press(hw.part("btn"), at_s=0.5, for_s=0.2)
    out = run("import time\nfrom machine import Pin\nev = []\n"
              "b = Pin('X3', Pin.IN, Pin.PULL_UP)\n"
              "b.irq(lambda p: ev.append((p.value(), time.ticks_ms())))\n"
              "time.sleep(1)\nprint(ev)\n", hw)
    assert out.strip() == "[(0, 500), (1, 700)]"


def test_disable_irq_holds_edges_until_enabled():
    out = run("import machine\nfrom machine import Pin\nhits = []\n"
              "x = Pin('X2', Pin.OPEN_DRAIN, Pin.PULL_UP, value=1)\n"
              "x.irq(lambda p: hits.append(1), Pin.IRQ_FALLING, hard=True)\n"
              "s = machine.disable_irq()\nx.value(0)\nfor i in range(3): pass\n"
              "print(len(hits))\nmachine.enable_irq(s)\nfor i in range(3): pass\n"
              "print(len(hits))\n", board_hardware())
    assert out.split() == ["0", "1"]


def test_hard_irq_latency_is_under_one_loop_iteration():
    """An edge raised in a busy loop is handled before the loop body runs again (the
    scheduler's bound: one branch-free run of bytecodes); bench/irq_latency.py reports it."""
    out = run("from machine import Pin\np = Pin('X2', Pin.OPEN_DRAIN, Pin.PULL_UP, value=1)\n"
              "n = 0\nseen = [0, 0]\ndef h(pin):\n    seen[1] = n\n    seen[0] = 1\n"
              "p.irq(h, Pin.IRQ_FALLING, hard=True)\n"
              "while not seen[0] and n < 1000:\n    n += 1\n    if n == 100:\n        p.value(0)\n"
              "print(seen[1], n)\n", board_hardware())
    handled_at, stopped_at = (int(v) for v in out.split())
    assert handled_at == 100  # the handler ran before the counter moved on
    assert stopped_at <= 101  # at most the iteration in progress completed


def test_hard_handler_runs_with_the_heap_locked():
    out = run("from machine import Pin\np = Pin('X2', Pin.OPEN_DRAIN, Pin.PULL_UP, value=1)\n"
              "log = []\np.irq(lambda pin: log.append([1]), Pin.IRQ_FALLING, hard=True)\n"
              "p.value(0)\nfor i in range(2): pass\nprint(len(log))\n", board_hardware())
    assert "MemoryError: memory allocation failed, heap is locked" in out
    assert out.splitlines()[-1] == "0"


def test_a_hard_handler_runs_inside_the_call_that_caused_the_edge():
    """On the chip the interrupt is taken while pin.value(0) executes: the handler has run
    when the call returns, before the next bytecode; a handler's own edges queue (hard
    handlers do not nest) and run right after it."""
    out = run("from machine import Pin\nhits = [0, 0]\n"
              "x = Pin('X2', Pin.OPEN_DRAIN, Pin.PULL_UP, value=1)\n"
              "y = Pin('X3', Pin.OPEN_DRAIN, Pin.PULL_UP, value=1)\n"
              "def hx(p):\n    hits[0] += 1\n    y.value(0)\n    hits[1] = -hits[1]\n"
              "def hy(p):\n    hits[1] += 10\n"
              "x.irq(hx, Pin.IRQ_FALLING, hard=True)\ny.irq(hy, Pin.IRQ_FALLING, hard=True)\n"
              "x.value(0)\nseen = hits[0], hits[1]\nprint(seen)\n", board_hardware())
    assert out.strip() == "(1, 10)"  # hx ran whole (hits[1] = -0), then hy
