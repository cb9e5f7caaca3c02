"""UART: frame timing on the world clock, FIFOs, listeners, endpoints, format mismatch."""

from fractions import Fraction

from hal.periph.timebase import run_until
from hal.periph.uart import UART, Framing, HostStream, connect


def pair(clock, **kw):
    a, b = UART(clock, "a", **kw), UART(clock, "b", **kw)
    connect(a, b)
    return a, b


def test_frame_bits_and_byte_time():
    assert Framing(9600).frame_bits == 10  # 8N1
    assert Framing(9600, 8, 0, 2).frame_bits == 12
    assert Framing(115200, 7, 1, 1).frame_bits == 10
    assert Framing(9600).byte_us == Fraction(3125, 3)  # 1041.67 us


def test_bytes_arrive_one_frame_time_apart(clock):
    a, b = pair(clock, baudrate=9600)
    a.write(b"abc")
    clock.set(1041)
    assert b.any() == 0
    clock.set(1042)
    assert b.read() == b"a"
    clock.set(3124)
    assert b.any() == 1
    clock.set(3125)  # 3 x 10 bits at 9600 baud = 3125 us exactly
    assert b.read() == b"bc"


def test_back_to_back_writes_queue_behind_each_other(clock):
    a, b = pair(clock, baudrate=115200)
    a.write(b"x" * 10)
    a.write(b"y")
    assert not a.txdone()
    clock.set(954)  # 11 bytes x 86.8 us = 954.9 us
    assert b.any() == 10
    clock.set(955)
    assert b.read().endswith(b"y") and a.txdone()


def test_full_duplex(clock):
    a, b = pair(clock)
    a.write(b"ping")
    b.write(b"pong")
    clock.set(10_000)
    assert (a.read(), b.read()) == (b"pong", b"ping")


def test_rx_fifo_overrun_drops_new_bytes(clock):
    a, b = pair(clock, baudrate=115200, rxbuf=4)
    a.write(b"0123456789")
    clock.set(100_000)
    assert b.read() == b"0123" and b.overruns == 6


def test_mismatched_format_is_a_framing_error(clock):
    a = UART(clock, baudrate=9600)
    b = UART(clock, baudrate=115200)
    connect(a, b)
    a.write(b"hi")
    clock.set(10_000)
    assert b.read() == b"" and b.framing_errors == 2
    b.init(baudrate=9650)  # within the receiver's tolerance
    a.write(b"ok")
    clock.set(20_000)
    assert b.read() == b"ok"


def test_listeners_see_rx_rxidle_and_txidle_at_their_times(clock):
    a, b = pair(clock, baudrate=9600)
    events = []
    b.add_rx_listener(lambda u, ev, t: events.append((u.name, ev, t)))
    a.add_rx_listener(lambda u, ev, t: events.append((u.name, ev, t)))
    a.write(b"ab")
    run_until(clock, 10_000, [a, b], clock.set)
    assert events == [("b", "rx", 1042), ("b", "rx", 2084), ("a", "txidle", 2084),
                      ("b", "rxidle", 2084 + 1042)]


def test_sendbreak_reaches_the_far_end_after_queued_bytes(clock):
    a, b = pair(clock, baudrate=9600)
    events = []
    b.add_rx_listener(lambda u, ev, t: events.append((ev, t)))
    a.write(b"x")
    a.sendbreak()
    run_until(clock, 10_000, [a, b], clock.set)
    # 10 bits for 'x', then 13 bit times of break: 23 bits at 9600 baud = 2395.8 us.
    assert ("break", 2396) in events and b.breaks == 1 and b.read() == b"x"


def test_next_rx_time_for_read_timeouts(clock):
    a, b = pair(clock, baudrate=9600)
    assert b.next_rx_us() is None
    a.write(b"z")
    assert b.next_rx_us() == 1042


def test_host_stream_follows_the_uart_format_and_collects_bytes(clock):
    uart = UART(clock, baudrate=115200)
    host = HostStream(clock)
    connect(uart, host)
    uart.write(b"hello\r\n")
    clock.set(1000)
    assert host.take() == b"hello\r\n"
    assert [t for t, _ in host.timeline][:2] == [87, 174]
    end = host.send(b">>> ")
    assert end == 4 * Fraction(10_000_000, 115200) + 1000
    clock.set(2000)
    assert uart.read() == b">>> "


def test_host_stream_with_a_fixed_format_sees_garbage_from_a_wrong_baudrate(clock):
    uart = UART(clock, baudrate=9600)
    host = HostStream(clock, Framing(115200))
    connect(uart, host)
    uart.write(b"x")
    clock.set(5000)
    assert host.take() == b"" and host.framing_errors == 1
