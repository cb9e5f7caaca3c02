"""MMA8653FC (the micro:bit's accelerometer): identity, 10-bit left-justified outputs per
range, standby-only configuration, data rate, STATUS and the data-ready interrupt."""

from boards.parts.mma8653 import MMA8653, counts
from boards.parts.registry import part_class
from hal.periph.i2c import I2CBus, Read, Write
from hal.periph.pin import Mode, Pin, Pull


def rig(clock, **kw):
    bus = I2CBus("i2c0", clock)
    acc = MMA8653(clock, **kw)
    bus.attach(acc, 0x1D)

    def rd(reg, n=1):
        return bus.transfer(0x1D, [Write(bytes([reg])), Read(n)]).data

    def wr(reg, v):
        bus.transfer(0x1D, [Write(bytes([reg, v]))])

    return bus, acc, rd, wr


def code10(msb, lsb):
    v = (msb << 2) | (lsb >> 6)
    return v - 1024 if v & 0x200 else v


def test_who_am_i_and_the_registry_name(clock):
    _, _, rd, _ = rig(clock)
    assert rd(0x0D)[0] == 0x5A
    assert part_class("MMA8653") is MMA8653


def test_counts_per_range_and_saturation():
    assert (counts(1.0, 0), counts(1.0, 1), counts(1.0, 2)) == (256, 128, 64)
    assert (counts(3.0, 0), counts(-3.0, 0)) == (511, -512)


def test_standby_until_active_then_samples_at_the_data_rate(clock):
    _, _, rd, wr = rig(clock, x=0.5, y=-0.25, z=1.0)
    assert rd(0x01, 6) == bytes(6) and rd(0x0B)[0] == 0  # standby: no samples
    wr(0x2A, (4 << 3) | 1)  # 50 Hz, active
    assert rd(0x0B)[0] == 1  # SYSMOD: wake
    assert rd(0x00)[0] == 0  # no data yet: the first sample is 20 ms away
    clock.advance(20_000)
    assert rd(0x00)[0] == 0x0F  # ZYXDR and every axis
    d = rd(0x01, 6)
    assert [code10(d[i], d[i + 1]) for i in (0, 2, 4)] == [128, -64, 256]
    assert rd(0x00)[0] == 0  # reading the outputs cleared the ready bits


def test_range_and_rate_change_only_in_standby(clock):
    _, _, rd, wr = rig(clock, z=1.0)
    wr(0x0E, 0x02)  # +-8 g, in standby: taken
    wr(0x2A, (4 << 3) | 1)
    wr(0x0E, 0x00)  # active: ignored
    wr(0x2A, (0 << 3) | 1)  # a new data rate while active: ignored
    assert rd(0x0E)[0] == 0x02 and rd(0x2A)[0] == (4 << 3) | 1
    clock.advance(20_000)
    d = rd(0x05, 2)
    assert code10(d[0], d[1]) == 64


def test_auto_increment_wraps_to_status_and_fast_read_skips_lsbs(clock):
    _, _, rd, wr = rig(clock, x=1.0, y=1.0, z=1.0)
    wr(0x2A, 1)
    clock.advance(2_000)
    # OUT_Z_LSB, then STATUS: Z was read, X and Y still wait (ZYXDR stays set)
    assert rd(0x06, 2) == bytes([0x00, 0x0B])
    wr(0x2A, 0)
    wr(0x2A, 0x03)  # F_READ + active
    clock.advance(2_000)
    assert rd(0x01, 3) == bytes([64, 64, 64])  # X, Y, Z MSBs


def test_software_reset_and_read_only_registers(clock):
    _, _, rd, wr = rig(clock)
    wr(0x0E, 0x01)
    wr(0x0D, 0x00)  # WHO_AM_I is read-only
    wr(0x2B, 0x40)  # RST
    assert rd(0x0E)[0] == 0 and rd(0x0D)[0] == 0x5A


def test_data_ready_interrupt_drives_int1_until_the_data_are_read(clock):
    int1 = Pin("P0_28", clock)
    int1.configure(Mode.IN, Pull.UP)
    _, _, rd, wr = rig(clock, interrupt=int1)
    wr(0x2D, 0x01)  # data-ready interrupt enabled
    wr(0x2A, (4 << 3) | 1)
    clock.advance(20_000)
    rd(0x00)
    assert int1.level == 0  # active low, push-pull
    rd(0x01, 6)
    assert int1.level == 1
