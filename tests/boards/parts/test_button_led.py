"""Button and LED parts wired to MCU pins."""

from boards.parts.button import Button
from boards.parts.led import LED
from hal.periph.pin import Mode, Pin, Pull
from hal.periph.pwm import PWM
from hal.periph.timebase import run_until


def test_button_with_internal_pull_up_reads_low_while_pressed(clock):
    pin = Pin("X17", clock)
    pin.configure(Mode.IN, Pull.UP)
    btn = Button(clock, pin)
    edges = []
    pin.add_edge_listener(lambda p, lvl, t: edges.append((t, lvl)))
    assert pin.value() == 1
    clock.set(2_000_000)
    btn.press()
    assert pin.value() == 0 and btn.pressed
    clock.set(2_100_000)
    btn.release()
    assert pin.value() == 1
    assert edges == [(2_000_000, 0), (2_100_000, 1)]


def test_button_with_no_pull_floats_and_external_pull_fixes_it(clock):
    pin = Pin("X1", clock)
    pin.configure(Mode.IN)
    btn = Button(clock, pin)
    btn.press()
    btn.release()
    assert pin.value() == 0  # nothing pulls it back up: it holds the last level
    pin2 = Pin("X2", clock)
    pin2.configure(Mode.IN)
    btn2 = Button(clock, pin2, external_pull=True)
    assert pin2.value() == 1
    btn2.press()
    assert pin2.value() == 0


def test_active_high_button_to_vdd_with_pull_down(clock):
    pin = Pin("P0", clock)
    pin.configure(Mode.IN, Pull.DOWN)
    btn = Button(clock, pin, active_low=False)
    btn.press()
    assert pin.value() == 1


def test_bounce_produces_extra_edges_then_settles(clock):
    pin = Pin("X17", clock)
    pin.configure(Mode.IN, Pull.UP)
    btn = Button(clock, pin, bounce_us=4000, bounces=2)
    falls = []
    pin.add_edge_listener(lambda p, lvl, t: falls.append(t) if lvl == 0 else None)
    btn.press()
    run_until(clock, 10_000, [btn], clock.set)
    assert falls == [0, 2000, 4000] and pin.value() == 0


def test_led_timeline_on_a_push_pull_pin(clock):
    pin = Pin("A13", clock)
    led = LED(clock, pin)
    pin.configure(Mode.OUT, value=0)
    for t, v in ((1_000_000, 1), (1_500_000, 0), (2_000_000, 1)):
        clock.set(t)
        pin.set_output(v)
    assert led.states() == [(0, False), (1_000_000, True), (1_500_000, False),
                            (2_000_000, True)]
    assert led.on_time_us(0, 3_000_000) == 1_500_000


def test_active_low_led_and_pwm_brightness(clock):
    pin = Pin("A14", clock)
    led = LED(clock, pin, active_low=True)
    pin.configure(Mode.OUT, value=1)
    assert not led.is_on()
    clock.set(1000)
    pwm = PWM(clock, pin, freq=1000, duty_u16=65535 // 4)
    assert abs(led.brightness() - 0.75) < 1e-4  # low 75 % of the time
    clock.set(2000)
    pwm.set_duty_u16(65535)
    assert led.brightness() == 0.0
    assert [round(b, 2) for _, b in led.timeline] == [0.0, 0.75, 0.0]


def test_led_set_and_reset_in_one_instant_leaves_no_glitch(clock):
    pin = Pin("A15", clock)
    led = LED(clock, pin)
    pin.configure(Mode.OUT, value=0)
    clock.set(10)
    pin.set_output(1)
    pin.set_output(0)
    assert led.timeline == [(0, 0.0)]
