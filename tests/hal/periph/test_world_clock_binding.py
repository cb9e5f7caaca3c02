"""Timed peripherals driven by the world clock's own scheduler through Bindings."""

from boards.parts.button import Button
from hal.periph.pin import Mode, Pin, Pull
from hal.periph.scenario import Scenario
from hal.periph.timebase import Binding
from hal.periph.timer import Timer
from hal.periph.uart import UART, connect
from hal.periph.wdt import WDT
from hal.world.clock import VirtualClock


def test_timer_callbacks_run_at_their_due_times_on_a_virtual_clock():
    clock = VirtualClock()
    seen = []
    tim = Timer(clock)
    Binding(clock, tim)
    tim.init(period_us=1000, callback=lambda t, due: seen.append((due, clock.now_us())))
    clock.advance(3500)
    assert seen == [(1000, 1000), (2000, 2000), (3000, 3000)]
    tim.init(period_us=300, callback=lambda t, due: seen.append((due, clock.now_us())))
    clock.advance(700)  # re-armed earlier by init(): 3800, 4100
    assert seen[3:] == [(3800, 3800), (4100, 4100)]
    tim.deinit()
    assert clock.next_event_us() is None


def test_uart_bytes_and_rx_events_arrive_on_time_on_a_virtual_clock():
    clock = VirtualClock()
    a, b = UART(clock, baudrate=9600), UART(clock, baudrate=9600)
    connect(a, b)
    Binding(clock, a)
    Binding(clock, b)
    events = []
    b.add_rx_listener(lambda u, ev, t: events.append((ev, t, clock.now_us())))
    a.write(b"hi")
    while clock.advance_to_next_event():
        pass
    assert events == [("rx", 1042, 1042), ("rx", 2084, 2084), ("rxidle", 3126, 3126)]


def test_watchdog_and_scenario_button_press_on_a_virtual_clock():
    clock = VirtualClock()
    resets = []
    wdt = WDT(clock, 1, resets.append)  # 1 ms
    pin = Pin("X17", clock)
    pin.configure(Mode.IN, Pull.UP)
    btn = Button(clock, pin, bounce_us=1000, bounces=1)
    edges = []
    pin.add_edge_listener(lambda p, lvl, t: edges.append((t, lvl)))
    sc = Scenario(clock).press(btn, at_s=0.0005, for_s=0.01)
    for src in (wdt, btn, sc):
        Binding(clock, src)
    clock.advance(900)
    wdt.feed()  # deadline moves to 1900
    clock.advance(20_000)
    assert [(r.cause, r.t_us) for r in resets] == [("WDT_RESET", 1900)]
    assert edges == [(500, 0), (1000, 1), (1500, 0),  # press, with one bounce
                     (10_500, 1), (11_000, 0), (11_500, 1)]  # release, with one bounce
