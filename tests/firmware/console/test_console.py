"""The console's receive path: input buffer and the interrupt character."""

import threading

import pytest

from firmware.console import ConsoleSpecError, open_console
from firmware.console.base import CHAR_CTRL_C, Console, ConsoleClosed


class Loop(Console):
    """A console whose output is collected in memory."""

    def __init__(self):
        super().__init__()
        self.sent = bytearray()

    def _send(self, data):
        self.sent += data


def test_received_bytes_are_read_in_order():
    c = Loop()
    c.feed(b"ab")
    c.feed(b"c")
    assert [c.read_byte(), c.read_some(10)] == [ord("a"), b"bc"]
    assert c.read_byte(timeout=0.01) is None


def test_an_armed_interrupt_char_is_swallowed_and_reported():
    c = Loop()
    hits = []
    c.on_interrupt = lambda: hits.append(1)
    c.feed(b"x\x03y")
    assert hits == [] and c.read_some(10) == b"x\x03y"  # disarmed: just a byte
    c.interrupt_char = CHAR_CTRL_C
    c.feed(b"\r\x03z")
    assert hits == [1] and c.read_some(10) == b"\rz"


def test_a_blocked_reader_is_woken_by_input_and_by_the_end_of_input():
    c = Loop()
    got = []
    t = threading.Thread(target=lambda: got.append(c.read_byte()))
    t.start()
    c.feed(b"!")
    t.join(5)
    assert got == [ord("!")]
    c.feed_eof()
    with pytest.raises(ConsoleClosed):
        c.read_byte()


def test_unread_puts_bytes_back_in_front():
    c = Loop()
    c.feed(b"cd")
    c.unread(b"ab")
    assert c.read_some(10) == b"abcd"


def test_console_specs():
    tcp = open_console("tcp:0")
    assert type(tcp).__name__ == "TcpConsole" and tcp.where.startswith("tcp:127.0.0.1:")
    tcp.close()
    with pytest.raises(ConsoleSpecError):
        open_console("serial")
    with pytest.raises(ConsoleSpecError):
        open_console("tcp:http")
