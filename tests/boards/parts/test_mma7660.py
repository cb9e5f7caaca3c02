"""MMA7660: 6-bit outputs, TILT, MODE/standby rules, sample rate, interrupts."""

from boards.parts.mma7660 import MMA7660, counts
from hal.periph.i2c import I2CBus, Read, Write
from hal.periph.pin import Mode, Pin, Pull
from hal.periph.scenario import Curve


def rig(clock, **kw):
    bus = I2CBus("i2c1", clock)
    acc = MMA7660(clock, **kw)
    bus.attach(acc, 0x4C)

    def rd(reg, n=1):
        return bus.transfer(0x4C, [Write(bytes([reg])), Read(n)]).data

    def wr(reg, v):
        bus.transfer(0x4C, [Write(bytes([reg, v]))])

    return bus, acc, rd, wr


def signed6(b):
    b &= 0x3F
    return b - 64 if b & 0x20 else b


def test_scale_is_21_33_counts_per_g_and_saturates():
    assert (counts(1.0), counts(-1.0), counts(0.5)) == (21, -21, 11)
    assert (counts(2.0), counts(-2.0)) == (31, -32)


def test_standby_until_mode_active_then_xyz_follow_gravity(clock):
    _, _, rd, wr = rig(clock, x=0.5, y=-0.25, z=1.0)
    assert rd(0, 3) == b"\x00\x00\x00"  # standby: no samples yet
    wr(7, 0x01)
    assert rd(0, 3) == b"\x00\x00\x00"  # the first sample is one period (1/120 s) away
    assert rd(4)[0] == 0x01  # SRST.AMSRS: the active sample rate is in use
    clock.advance(8333)
    x, y, z = rd(0, 3)
    assert (signed6(x), signed6(y), signed6(z)) == (11, -5, 21)
    assert x & 0x40 == 0  # no Alert


def test_register_pointer_wraps_after_pd(clock):
    _, _, rd, wr = rig(clock)
    wr(8, 0x05)
    data = rd(8, 5)
    assert data[0] == 0x05 and len(data) == 5  # SR, PDET, PD, then XOUT, YOUT


def test_configuration_writes_only_in_standby(clock):
    _, _, rd, wr = rig(clock)
    wr(8, 0x02)
    wr(7, 0x01)
    wr(8, 0x07)  # ignored: device is active
    assert rd(8)[0] == 0x02
    wr(7, 0x00)
    wr(8, 0x07)
    assert rd(8)[0] == 0x07


def test_outputs_update_at_the_sample_rate(clock):
    _, _, rd, wr = rig(clock, x=Curve([(0, 0.0), (2, 1.0)]))
    wr(8, 0x07)  # 1 sample per second
    wr(7, 0x01)
    clock.advance(1_500_000)
    assert signed6(rd(0)[0]) == 11  # the sample taken at t=1 s (0.5 g)
    clock.advance(400_000)
    assert signed6(rd(0)[0]) == 11  # no new sample before t=2 s
    clock.advance(100_000)
    assert signed6(rd(0)[0]) == 21


def test_alert_bit_marks_a_read_during_an_update(clock):
    _, acc, rd, wr = rig(clock)
    wr(7, 0x01)
    clock.advance(10_000)
    acc.alert_reads = 1
    first, second = rd(2)[0], rd(2)[0]
    assert first & 0x40 and not second & 0x40 and first & 0x3F == second


def test_tilt_orientation_and_tap_with_interrupt_pin(clock):
    irq = Pin("B2", clock)
    irq.configure(Mode.IN, Pull.UP)
    _, acc, rd, wr = rig(clock, interrupt=irq)
    wr(6, 0x04 | 0x02)  # PDINT (tap) and PLINT (orientation change)
    wr(7, 0x01)
    clock.advance(10_000)
    tilt = rd(3)[0]
    assert tilt & 0x03 == 1  # BaFro: front (lying face up)
    assert irq.level == 1  # reading TILT released INT
    acc.z = 0.0
    acc.x = 1.0
    clock.advance(10_000)
    tilt = rd(0, 4)[3]
    assert (tilt >> 2) & 7 == 1  # PoLa: left
    acc.tap()
    clock.advance(10_000)
    assert rd(0)[0] is not None and irq.level == 0  # a sample with a tap pulls INT low
    assert rd(3)[0] & 0x20  # Tap bit, cleared by the read
    assert rd(3)[0] & 0x20 == 0 and irq.level == 1


def test_pyboard_powers_the_part_from_a_pin(clock):
    avdd = Pin("PB5", clock)
    avdd.configure(Mode.OUT, value=0)
    bus, _, rd, wr = rig(clock, power=avdd)
    assert bus.scan() == []  # unpowered: no ACK
    avdd.set_output(1)
    assert bus.scan() == [0x4C]
    wr(7, 0x01)
    clock.advance(10_000)
    assert signed6(rd(2)[0]) == 21
    avdd.set_output(0)
    avdd.set_output(1)  # a power cycle: back to standby with reset values
    assert rd(7)[0] == 0 and rd(2)[0] == 0
