"""The world clock: MicroPython ticks arithmetic, VirtualClock and RealTimeClock."""

import threading

import pytest

from hal.world.clock import (TICKS_PERIOD, RealTimeClock, VirtualClock, ticks_add,
                             ticks_diff, ticks_ms, ticks_us)

# ---------------------------------------------------------------------------------------
# ticks arithmetic, checked against the real MicroPython

HALF = TICKS_PERIOD // 2
TICK_CASES = [(0, -1), (0, 1), (TICKS_PERIOD - 1, 1), (123, -1000), (0, HALF - 1),
              (HALF, HALF - 1), (1000, -(HALF - 1)), (7, -(HALF - 1))]
OVERFLOW_DELTAS = [HALF, -HALF, TICKS_PERIOD, -TICKS_PERIOD - 5]
DIFF_CASES = [(0, 1), (1, 0), (0, TICKS_PERIOD - 1), (TICKS_PERIOD - 1, 0),
              (TICKS_PERIOD // 2, 0), (0, TICKS_PERIOD // 2), (100, 50), (50, 100)]


def test_ticks_period_is_that_of_30_bit_small_ints():
    assert TICKS_PERIOD == 2 ** 30
    assert ticks_add(0, -1) == 2 ** 30 - 1


def test_ticks_match_the_real_micropython():
    from tools.oracles import wasm_run

    code = "import time\n" + "".join(
        f"print(time.ticks_add({a}, {d}))\n" for a, d in TICK_CASES) + "".join(
        f"print(time.ticks_diff({a}, {b}))\n" for a, b in DIFF_CASES)
    r = wasm_run(code)
    assert r.exit_code == 0, r.stderr
    ours = [ticks_add(a, d) for a, d in TICK_CASES] + [ticks_diff(a, b) for a, b in DIFF_CASES]
    assert [int(x) for x in r.stdout.split()] == ours


@pytest.mark.parametrize("delta", OVERFLOW_DELTAS)
def test_ticks_add_refuses_half_a_period_or_more_like_the_real_micropython(delta):
    from tools.oracles import wasm_run

    r = wasm_run(f"import time\ntime.ticks_add(0, {delta})")
    assert "OverflowError: ticks interval overflow" in r.stderr
    with pytest.raises(OverflowError, match="ticks interval overflow"):
        ticks_add(0, delta)


def test_ticks_diff_inverts_ticks_add_across_wraparound():
    for start in (0, TICKS_PERIOD - 3, TICKS_PERIOD // 2):
        for delta in (-5, 0, 7, HALF - 1, -(HALF - 1)):
            assert ticks_diff(ticks_add(start, delta), start) == delta


def test_ticks_ms_and_us_derive_from_the_clock_and_wrap():
    c = VirtualClock(start_us=TICKS_PERIOD * 1000 + 5_500)
    assert ticks_ms(c) == 5
    c = VirtualClock(start_us=TICKS_PERIOD + 17)
    assert ticks_us(c) == 17


# ---------------------------------------------------------------------------------------
# VirtualClock


def test_virtual_clock_starts_where_told_and_stands_still():
    c = VirtualClock(start_us=1000)
    assert c.now_us() == 1000
    assert c.now_us() == 1000
    assert c.now_ms() == 1


def test_virtual_sleep_jumps_straight_to_the_deadline():
    c = VirtualClock()
    c.sleep_until(3_600_000_000)  # an hour
    assert c.now_us() == 3_600_000_000
    c.sleep_for(250)
    assert c.now_us() == 3_600_000_250


def test_sleeping_into_the_past_returns_at_once():
    c = VirtualClock(start_us=500)
    c.sleep_until(100)
    assert c.now_us() == 500


def test_callbacks_run_in_time_order_ties_in_scheduling_order():
    c = VirtualClock()
    log = []
    c.schedule(300, lambda: log.append(("c", c.now_us())))
    c.schedule(100, lambda: log.append(("a", c.now_us())))
    c.schedule(300, lambda: log.append(("d", c.now_us())))
    c.schedule(200, lambda: log.append(("b", c.now_us())))
    c.sleep_until(1000)
    assert log == [("a", 100), ("b", 200), ("c", 300), ("d", 300)]
    assert c.now_us() == 1000


def test_cancelled_callbacks_do_not_run():
    c = VirtualClock()
    log = []
    t = c.schedule(10, lambda: log.append("cancelled one"))
    c.schedule(20, lambda: log.append("kept"))
    c.cancel(t)
    c.sleep_until(100)
    assert log == ["kept"]


def test_advance_to_next_event_runs_the_earliest_and_reports_none_left():
    c = VirtualClock()
    log = []
    c.schedule_in(40, lambda: log.append(c.now_us()))
    c.schedule_in(90, lambda: log.append(c.now_us()))
    assert c.advance_to_next_event() is True
    assert log == [40] and c.now_us() == 40
    assert c.advance_to_next_event() is True
    assert log == [40, 90]
    assert c.advance_to_next_event() is False
    assert c.now_us() == 90


def test_callbacks_may_schedule_more_callbacks():
    c = VirtualClock()
    log = []

    def tick():
        log.append(c.now_us())
        if len(log) < 4:
            c.schedule_in(10, tick)

    c.schedule(5, tick)
    c.sleep_until(100)
    assert log == [5, 15, 25, 35]


def test_advance_charges_busy_time_and_runs_callbacks_on_the_way():
    c = VirtualClock()
    seen = []
    c.schedule(50, lambda: seen.append(c.now_us()))
    c.advance(30)
    assert c.now_us() == 30 and seen == []
    c.advance(30)
    assert c.now_us() == 60 and seen == [50]


def test_time_stands_still_while_a_participant_is_busy():
    c = VirtualClock()
    c.register("busy device")
    woke = threading.Event()

    def sleeper():
        c.sleep_until(1_000, participant="sleepy device")
        woke.set()
        c.unregister("sleepy device")  # powered off: no longer holds time back

    c.register("sleepy device")
    th = threading.Thread(target=sleeper, daemon=True)
    th.start()
    # The busy device has not slept: the sleeper cannot have been woken.
    assert not woke.wait(0.05)
    assert c.now_us() == 0
    # Once the busy one sleeps too, time jumps to the earlier deadline.
    c.sleep_until(5_000, participant="busy device")
    th.join(5)
    assert woke.is_set()
    assert c.now_us() == 5_000


def test_two_devices_interleave_deterministically():
    def run_world():
        c = VirtualClock()
        log = []

        def device(name, period):
            for _ in range(3):
                c.sleep_until(c.now_us() + period, participant=name)
                log.append((c.now_us(), name))
            c.unregister(name)

        # Every device joins before any runs, or the first could race ahead alone.
        for name in ("a", "b"):
            c.register(name)
        threads = [threading.Thread(target=device, args=(n, p), daemon=True)
                   for n, p in (("a", 300), ("b", 500))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(5)
        return sorted(log)

    first = run_world()
    assert first == [(300, "a"), (500, "b"), (600, "a"), (900, "a"), (1000, "b"),
                     (1500, "b")]
    assert run_world() == first


def test_wake_ends_a_virtual_sleep_early():
    c = VirtualClock()
    c.register("dev")
    c.register("irq source")
    done = threading.Event()

    def dev():
        c.sleep_until(10_000_000, participant="dev")
        done.set()

    th = threading.Thread(target=dev, daemon=True)
    th.start()
    c.advance(70)  # the interrupt source computes for 70us, then raises the interrupt
    c.wake("dev")
    th.join(5)
    assert done.is_set()
    assert c.now_us() == 70


# ---------------------------------------------------------------------------------------
# RealTimeClock


def test_real_clock_moves_forward_by_itself():
    c = RealTimeClock(start_us=1_000_000)
    a = c.now_us()
    assert a >= 1_000_000
    c.sleep_for(2_000)
    assert c.now_us() >= a + 2_000


def test_real_clock_runs_callbacks_while_sleeping_in_order():
    c = RealTimeClock()
    log = []
    t0 = c.now_us()
    c.schedule(t0 + 3_000, lambda: log.append("second"))
    c.schedule(t0 + 1_000, lambda: log.append("first"))
    c.cancel(c.schedule(t0 + 2_000, lambda: log.append("cancelled")))
    c.sleep_until(t0 + 5_000)
    assert log == ["first", "second"]
    assert c.now_us() >= t0 + 5_000


def test_real_clock_advance_to_next_event_waits_for_it():
    c = RealTimeClock()
    fired = []
    at = c.now_us() + 1_500
    c.schedule(at, lambda: fired.append(c.now_us()))
    assert c.advance_to_next_event() is True
    assert len(fired) == 1 and fired[0] >= at
    assert c.advance_to_next_event() is False


def test_real_clock_wake_ends_sleep_early():
    c = RealTimeClock()
    threading.Timer(0.01, c.wake).start()
    t0 = c.now_us()
    c.sleep_until(t0 + 60_000_000)  # would be a minute without the wake
    assert c.now_us() - t0 < 60_000_000


@pytest.mark.parametrize("cls", [VirtualClock, RealTimeClock])
def test_both_clocks_share_one_interface(cls):
    c = cls()
    for name in ("now_us", "now_ms", "schedule", "schedule_in", "cancel", "sleep_until",
                 "sleep_for", "advance_to_next_event", "next_event_us", "run_due", "wake"):
        assert callable(getattr(c, name)), name
    t = c.schedule(c.now_us() + 10**9, lambda: None)
    assert c.next_event_us() == t.at_us
    c.cancel(t)
    assert c.next_event_us() is None
