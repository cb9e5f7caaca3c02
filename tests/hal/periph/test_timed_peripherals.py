"""ADC, PWM, hardware timers, RTC and watchdog against a manual world clock."""

import pytest

from hal.periph.adc import ADC
from hal.periph.pin import Mode, Pin
from hal.periph.pwm import PWM
from hal.periph.rtc import RTC
from hal.periph.timebase import Clock, Timed, run_until
from hal.periph.timer import ONE_SHOT, PERIODIC, Timer
from hal.periph.wdt import WDT, WDT_RESET


def test_adc_quantises_and_scales_to_u16(clock):
    adc = ADC(clock, 1.65, bits=12, vref=3.3)
    assert adc.read_raw() == 2048  # round(0.5 * 4095)
    assert adc.read_u16() == (2048 << 4) | (2048 >> 8)
    full = ADC(clock, 5.0, bits=12)
    assert full.read_raw() == 4095 and full.read_u16() == 65535
    assert ADC(clock, -1.0).read_u16() == 0
    assert ADC(clock, 1.0, bits=10).read_u16() == (310 << 6) | (310 >> 4)


def test_adc_reads_a_pin_and_a_signal(clock):
    pin = Pin("X19", clock)
    pin.set_analog("pot", lambda t: 3.3 * t / 1_000_000)
    adc = ADC(clock, pin)
    clock.set(250_000)
    assert adc.read_raw() == 1024
    assert adc.read_uv() == pytest.approx(825_000, abs=1000)


def test_pwm_duty_level_and_timeline(clock):
    pin = Pin("X1", clock)
    pwm = PWM(clock, pin, freq=1000, duty_u16=32768)
    assert pin.mode is Mode.ALT and pin.alt_owner is pwm
    clock.set(100)
    assert pin.level == 1  # first half of each 1 ms period
    clock.set(600)
    assert pin.level == 0
    pwm.set_duty_ns(250_000)
    assert pwm.duty_u16 == 16384 and pwm.duty_ns() == 250_004
    pwm.set_freq(2000)
    assert [(f, d) for _, f, d in pwm.timeline] == [(1000, 32768), (1000, 16384),
                                                    (2000, 16384)]
    pwm.deinit()
    assert pwm.duty_fraction == 0.0 and pin.alt_owner is None
    with pytest.raises(ValueError):
        PWM(clock, Pin("X2", clock), freq=0)


def test_pwm_invert(clock):
    pwm = PWM(clock, Pin("X3", clock), freq=50, duty_u16=65535 // 10, invert=True)
    assert pwm.duty_fraction == pytest.approx(0.9, abs=1e-4)


def test_periodic_timer_fires_at_each_period(clock):
    fired = []
    tim = Timer(clock, 4)
    clock.set(500)
    tim.init(period_us=1000, mode=PERIODIC, callback=lambda t, due: fired.append(due))
    run_until(clock, 3600, [tim], clock.set)
    assert fired == [1500, 2500, 3500] and tim.overflows == 3


def test_missed_periods_are_all_delivered_late_with_their_due_times(clock):
    fired = []
    tim = Timer(clock)
    tim.init(period_us=100, callback=lambda t, due: fired.append(due))
    clock.set(350)
    tim.service(clock.now_us())
    assert fired == [100, 200, 300] and tim.next_event_us() == 400


def test_one_shot_timer_and_deinit(clock):
    fired = []
    tim = Timer(clock)
    tim.init_freq(10, mode=ONE_SHOT, callback=lambda t, due: fired.append(due))
    run_until(clock, 1_000_000, [tim], clock.set)
    assert fired == [100_000] and not tim.running
    tim.init(period_us=10)
    tim.deinit()
    assert tim.next_event_us() is None
    with pytest.raises(ValueError):
        tim.init(period_us=0)


def test_timer_counter_in_ticks(clock):
    tim = Timer(clock, tick_hz=84_000_000)
    tim.init(period_us=1000)
    clock.set(2500)
    assert tim.counter() == 500 * 84


def test_rtc_runs_with_world_time_and_keeps_memory(clock):
    rtc = RTC(clock, weekday_base=1)
    rtc.set_datetime((2024, 2, 28, 0, 23, 59, 59, 0))
    clock.advance(24 * 3600 * 1_000_000 + 1_500_000)
    assert rtc.datetime() == (2024, 3, 1, 5, 0, 0, 0, 500_000)  # leap year; Friday = 5
    assert RTC(clock, weekday_base=0).datetime()[3] == 5  # 2000-01-01 +: a Saturday, 0-based
    rtc.memory(b"boot count 3")
    assert rtc.memory() == b"boot count 3"
    with pytest.raises(ValueError):
        rtc.memory(bytes(493))


def test_rtc_alarm_fires_once_at_its_time(clock):
    rtc = RTC(clock)
    fired = []
    rtc.on_alarm = fired.append
    clock.set(1000)
    rtc.alarm(10_000)  # 10 s, as esp8266 deep-sleep examples arm ALARM0
    clock.set(4_001_000)
    assert rtc.alarm_left() == 6000
    run_until(clock, 20_000_000, [rtc], clock.set)
    assert fired == [10_001_000] and rtc.alarm_left() == 0
    rtc.alarm(5)
    rtc.cancel_alarm()
    assert rtc.next_event_us() is None


def test_wdt_expires_without_feeding_and_requests_a_reset(clock):
    resets = []
    wdt = WDT(clock, timeout_ms=1000, on_reset=resets.append)
    clock.set(900_000)
    wdt.feed()
    run_until(clock, 1_800_000, [wdt], clock.set)
    assert resets == []
    run_until(clock, 2_000_000, [wdt], clock.set)
    assert [(r.cause, r.t_us) for r in resets] == [(WDT_RESET, 1_900_000)]
    wdt.feed()  # too late: nothing changes, no second reset
    run_until(clock, 5_000_000, [wdt], clock.set)
    assert len(resets) == 1


def test_run_until_steps_sources_in_time_order(clock):
    order = []
    t1, t2 = Timer(clock), Timer(clock)
    t1.init(period_us=300, callback=lambda t, d: order.append(("a", d)))
    t2.init(period_us=200, callback=lambda t, d: order.append(("b", d)))
    steps = run_until(clock, 600, [t1, t2], clock.set)
    assert order == [("b", 200), ("a", 300), ("b", 400), ("a", 600), ("b", 600)]
    assert steps == 4 and clock.now_us() == 600
    assert isinstance(clock, Clock) and isinstance(t1, Timed)
