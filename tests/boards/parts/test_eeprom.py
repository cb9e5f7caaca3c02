"""24LC256 EEPROM: addressing, page-wrapping writes, write-cycle NACKs, sequential reads."""

import pytest

from boards.parts.eeprom import EEPROM24
from hal.periph.i2c import I2CBus, Read, Write
from hal.periph.pin import Pin


@pytest.fixture
def rig(clock):
    bus = I2CBus("i2c1", clock)
    rom = EEPROM24(clock)
    bus.attach(rom, 0x50)
    return bus, rom


def write_mem(bus, addr, data):
    return bus.transfer(0x50, [Write(addr.to_bytes(2, "big") + data)])


def read_mem(bus, addr, n):
    return bus.transfer(0x50, [Write(addr.to_bytes(2, "big")), Read(n)])


def test_erased_memory_reads_ff_and_writes_read_back_after_the_cycle(rig, clock):
    bus, rom = rig
    assert read_mem(bus, 0x1234, 4).data == b"\xff" * 4
    assert write_mem(bus, 0x1234, b"abcd").ack_count == 6
    clock.advance(5000)
    assert read_mem(bus, 0x1234, 4).data == b"abcd"
    assert rom.write_cycles == 1


def test_nacks_its_address_during_the_write_cycle(rig, clock):
    bus, _ = rig
    write_mem(bus, 0, b"x")
    clock.advance(4999)
    res = read_mem(bus, 0, 1)
    assert not res.addr_ack and res.errno() == 19  # ENODEV at the driver layer
    clock.advance(1)
    assert read_mem(bus, 0, 1).data == b"x"
    assert 0x50 in bus.scan()


def test_a_write_past_the_page_end_wraps_to_the_page_start(rig, clock):
    bus, rom = rig
    write_mem(bus, 60, bytes(range(1, 9)))  # page 0 is 0..63
    clock.advance(5000)
    assert read_mem(bus, 60, 4).data == bytes([1, 2, 3, 4])
    assert read_mem(bus, 0, 4).data == bytes([5, 6, 7, 8])
    assert rom.mem[64] == 0xFF  # the next page is untouched


def test_more_than_a_page_overwrites_within_the_page(rig, clock):
    bus, _ = rig
    write_mem(bus, 128, bytes(range(70)))
    clock.advance(5000)
    data = read_mem(bus, 128, 64).data
    assert data[:6] == bytes(range(64, 70)) and data[6:] == bytes(range(6, 64))


def test_sequential_read_crosses_pages_and_wraps_at_the_end(rig, clock):
    bus, rom = rig
    rom.mem[-2:] = b"yz"
    rom.mem[:2] = b"ab"
    assert read_mem(bus, 0x7FFE, 4).data == b"yzab"
    assert bus.transfer(0x50, [Read(2)]).data == rom.mem[2:4]  # current-address read


def test_random_read_starts_no_write_cycle(rig, clock):
    bus, rom = rig
    read_mem(bus, 5, 1)
    assert rom.write_cycles == 0 and not rom.busy()


def test_write_protect_pin(clock):
    bus = I2CBus("i2c1", clock)
    wp = Pin("WP", clock)
    wp.drive("board", 1)
    rom = EEPROM24(clock, wp=wp)
    bus.attach(rom, 0x51)
    bus.transfer(0x51, [Write(b"\x00\x00hi")])
    clock.advance(5000)
    assert rom.mem[:2] == b"\xff\xff"
