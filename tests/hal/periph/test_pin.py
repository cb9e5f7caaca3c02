"""Pin nets: modes, pulls, drivers, contention, floating, edges, analog voltage."""

from hal.periph.pin import Mode, Pin, Pull


def test_push_pull_output_drives_the_net(clock):
    p = Pin("X1", clock)
    p.configure(Mode.OUT, value=1)
    assert p.level == 1
    p.set_output(0)
    assert p.value() == 0 and p.latch == 0


def test_input_pulls_and_floating_hold(clock):
    p = Pin("X2", clock)
    p.configure(Mode.IN, Pull.UP)
    assert p.level == 1
    p.configure(Mode.IN, Pull.DOWN)
    assert p.level == 0
    p.configure(Mode.IN, Pull.UP)
    p.configure(Mode.IN)  # pull removed: the pad capacitance holds the level
    assert p.level == 1


def test_output_latch_is_kept_while_in_input_mode(clock):
    p = Pin("X3", clock)
    p.configure(Mode.IN, Pull.DOWN)
    p.set_output(1)
    assert p.level == 0
    p.configure(Mode.OUT)
    assert p.level == 1


def test_open_drain_needs_a_pull_up_to_go_high(clock):
    p = Pin("SDA", clock)
    p.configure(Mode.OPEN_DRAIN, value=0)
    assert p.level == 0
    p.add_pull("board-4k7", 1)
    p.set_output(1)
    assert p.level == 1
    p.drive("sensor", 0)  # another open-drain device pulls low: no fight
    assert p.level == 0 and not p.contention


def test_two_strong_drivers_that_disagree_are_a_short(clock):
    p = Pin("X4", clock)
    p.configure(Mode.OUT, value=1)
    p.drive("scenario", 0)
    assert p.contention and p.short_circuits == 1 and p.level == 0
    assert p.drivers() == {"mcu": 1, "scenario": 0}
    p.drive("scenario", None)
    assert not p.contention and p.level == 1


def test_external_driver_overrides_pulls(clock):
    p = Pin("X5", clock)
    p.configure(Mode.IN, Pull.UP)
    p.drive("button", 0)
    assert p.level == 0
    p.drive("button", None)
    assert p.level == 1


def test_edges_carry_level_and_world_time(clock):
    p = Pin("X6", clock)
    p.configure(Mode.IN, Pull.DOWN)
    seen = []
    p.add_edge_listener(lambda pin, lvl, t: seen.append((pin.name, lvl, t)))
    clock.set(100)
    p.drive("s", 1)
    p.drive("s", 1)  # no change, no edge
    clock.set(250)
    p.drive("s", 0)
    assert seen == [("X6", 1, 100), ("X6", 0, 250)]


def test_change_listeners_see_non_level_changes(clock):
    p = Pin("X7", clock)
    calls = []
    p.add_change_listener(lambda pin, t: calls.append(t))
    p.set_analog("sensor", 1.2)
    assert calls and p.voltage() == 1.2


def test_analog_voltage_of_a_digital_level_and_of_a_signal(clock):
    p = Pin("X8", clock, vdd=3.3)
    p.configure(Mode.OUT, value=1)
    assert p.voltage() == 3.3
    p.set_analog("pot", lambda t: t / 1000)
    clock.set(2500)
    assert p.voltage() == 2.5


def test_alt_mode_driven_by_a_peripheral(clock):
    p = Pin("X9", clock)
    state = {"lvl": 1}
    owner = object()
    p.configure(Mode.ALT, alt="uart")
    p.attach_alt(owner, lambda t: state["lvl"])
    assert p.level == 1 and p.alt_owner is owner
    state["lvl"] = 0
    p.refresh()
    assert p.level == 0
    p.detach_alt(owner)
    assert p.alt_owner is None
