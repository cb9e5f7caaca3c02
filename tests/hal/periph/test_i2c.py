"""I2C bus: addressing, ACK/NACK per byte, repeated start, scan, 10-bit, unplug."""

import errno

import pytest

from hal.periph.i2c import I2CBus, Read, TransferResult, Write


class Recorder:
    """A target that logs bus events and ACKs `accept` data bytes, then NACKs."""

    def __init__(self, accept=255, data=b"\x10\x20\x30"):
        self.events = []
        self.accept = accept
        self.data = data
        self.i = 0

    def i2c_start(self, read):
        self.events.append(("start", read))
        self.i = 0
        return True

    def i2c_write(self, b):
        self.events.append(("w", b))
        self.accept -= 1
        return self.accept >= 0

    def i2c_read(self, ack):
        self.events.append(("r", ack))
        b = self.data[self.i % len(self.data)]
        self.i += 1
        return b

    def i2c_stop(self):
        self.events.append(("stop",))


def test_write_then_repeated_start_read(clock):
    bus = I2CBus()
    t = Recorder()
    bus.attach(t, 0x42)
    res = bus.transfer(0x42, [Write(b"\x01"), Read(3)])
    assert res.addr_ack and res.acks == [True] and res.data == b"\x10\x20\x30"
    # One STOP only, at the end; the last read byte is NACKed by the controller.
    assert t.events == [("start", False), ("w", 1), ("start", True), ("r", True),
                        ("r", True), ("r", False), ("stop",)]


def test_address_nack_is_enodev_and_stops_at_once(clock):
    bus = I2CBus()
    res = bus.transfer(0x42, [Write(b"\x01\x02"), Read(2)])
    assert not res.addr_ack and res.data == b"" and res.errno() == errno.ENODEV


def test_data_nack_ends_the_write_and_counts_acks(clock):
    bus = I2CBus()
    t = Recorder(accept=2)
    bus.attach(t, 0x42)
    res = bus.transfer(0x42, [Write(b"\x01\x02\x03\x04"), Read(1)])
    assert res.acks == [True, True, False] and res.ack_count == 2 and res.nacked_at == 2
    assert res.errno() is None  # soft I2C: writeto() returns 2
    assert res.errno(data_nack_is_error=True) == errno.EIO  # hardware ports
    assert ("start", True) not in t.events and t.events[-1] == ("stop",)


def test_stop_false_keeps_the_bus_for_a_repeated_start(clock):
    bus = I2CBus()
    t = Recorder()
    bus.attach(t, 0x42)
    bus.transfer(0x42, [Write(b"\x05")], stop=False)
    assert ("stop",) not in t.events
    bus.transfer(0x42, [Read(1)])
    assert t.events[-3:] == [("start", True), ("r", False), ("stop",)]


def test_scan_probes_0x08_to_0x77_with_empty_writes(clock):
    bus = I2CBus()
    for a in (0x03, 0x08, 0x3C, 0x77, 0x78):
        bus.attach(Recorder(), a)
    assert bus.scan() == [0x08, 0x3C, 0x77]


def test_unplugged_part_stops_acking_and_replugs(clock):
    bus = I2CBus()
    bus.attach(Recorder(), 0x76)
    bus.set_connected(0x76, False)
    assert bus.scan() == []
    bus.set_connected(0x76, True)
    assert bus.scan() == [0x76]


def test_addresses_are_unique_and_in_range(clock):
    bus = I2CBus()
    bus.attach(Recorder(), 0x10)
    with pytest.raises(ValueError):
        bus.attach(Recorder(), 0x10)
    with pytest.raises(ValueError):
        bus.attach(Recorder(), 0x80)
    bus.attach(Recorder(), 0x310, ten_bit=True)  # 10-bit space is separate


def test_ten_bit_addressing(clock):
    bus = I2CBus()
    t = Recorder()
    bus.attach(t, 0x2A5, ten_bit=True)
    bus.attach(Recorder(), 0x7A)  # 0x7A would collide only in the 7-bit space
    res = bus.transfer(0x2A5, [Write(b"\x09"), Read(2)], ten_bit=True)
    assert res.addr_ack and res.data == b"\x10\x20"
    assert t.events[:2] == [("start", False), ("w", 9)]
    assert not bus.transfer(0x1A5, [Read(1)], ten_bit=True).addr_ack


def test_byte_level_primitives_for_soft_i2c(clock):
    bus = I2CBus()
    t = Recorder()
    bus.attach(t, 0x42)
    bus.start()
    assert bus.write_byte(0x42 << 1) and bus.write_byte(0x07)
    bus.start()
    assert bus.write_byte((0x42 << 1) | 1)
    assert bus.read_byte(ack=True) == 0x10 and bus.read_byte(ack=False) == 0x20
    bus.stop()
    assert bus.write_byte(0x55) is False  # idle bus: no one ACKs
    assert bus.read_byte(ack=False) == 0xFF


def test_traffic_log_and_wire_time(clock):
    bus = I2CBus(clock=clock, freq=100_000)
    bus.attach(Recorder(), 0x42)
    clock.set(7)
    bus.transfer(0x42, [Write(b"\x01"), Read(2)])
    assert list(bus.log) == [(7, "W", 0x42, b"\x01", True), (7, "R", 0x42, b"\x10\x20", True)]
    assert bus.duration_us(10) == 900  # 9 clocks per byte at 100 kHz


def test_transfer_result_defaults():
    assert TransferResult().ack_count == 0 and TransferResult().errno() is None
