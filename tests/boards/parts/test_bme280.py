"""BME280: register map, modes and timing per the datasheet; a datasheet-formula driver
reads back the environment."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boards.parts.bme280 import BME280, Calibration, measurement_time_us
from hal.periph.i2c import I2CBus, Read, Write
from hal.periph.pin import Mode, Pin
from hal.periph.scenario import Curve
from hal.periph.spi import SPIBus

from .bme280_datasheet_driver import DatasheetBME280


def i2c_rig(clock, addr=0x76, **env):
    bus = I2CBus("i2c1", clock)
    part = BME280(clock, **env)
    bus.attach(part, addr)

    def read_regs(reg, n):
        res = bus.transfer(addr, [Write(bytes([reg])), Read(n)])
        assert res.addr_ack
        return res.data

    def write_reg(reg, value):
        assert bus.transfer(addr, [Write(bytes([reg, value]))]).ack_count == 2

    return bus, part, DatasheetBME280(read_regs, write_reg)


def test_chip_id_and_scan(clock):
    bus, _, drv = i2c_rig(clock)
    assert drv.chip_id() == 0x60
    assert bus.scan() == [0x76]


def test_calibration_registers_are_laid_out_as_the_datasheet_table(clock):
    cal = Calibration(H4=-300, H5=-1000, H6=-5)
    _, part, drv = i2c_rig(clock, calibration=cal)
    for name in ("T1", "T2", "T3", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9",
                 "H1", "H2", "H3", "H4", "H5", "H6"):
        assert getattr(drv, name) == getattr(cal, name), name
    # 0xE5 packs H4[3:0] in its low nibble and H5[3:0] in its high nibble.
    assert part.read_reg(0xE5) == (((-1000) & 0xF) << 4) | ((-300) & 0xF)


def test_reset_values_before_any_measurement(clock):
    _, part, drv = i2c_rig(clock)
    assert drv.raw() == (0x80000, 0x80000, 0x8000)
    assert [part.read_reg(r) for r in (0xF2, 0xF4, 0xF5)] == [0, 0, 0]
    assert part.read_reg(0xF3) & 0x01  # im_update while the NVM is copied at start-up
    clock.advance(2000)
    assert part.read_reg(0xF3) == 0


@pytest.mark.parametrize("env", [(21.5, 1013.25, 45.0), (-10.0, 950.0, 80.0),
                                 (40.0, 1100.0, 5.0), (0.0, 300.0, 100.0)])
def test_datasheet_integer_and_double_compensation_read_the_environment(clock, env):
    t, p, h = env
    _, _, drv = i2c_rig(clock, temperature=t, pressure=p, humidity=h)
    raw = drv.forced_read(lambda: clock.advance(measurement_time_us(5, 5, 5)))
    ti, pi, hi = drv.compensate_int(*raw)
    tf, pf, hf = drv.compensate_float(*raw)
    assert ti == pytest.approx(t, abs=0.01)  # 0.01 degC output resolution
    assert pi == pytest.approx(p, abs=0.01)  # 1 Pa
    assert hi == pytest.approx(h, abs=0.01)  # 1/1024 %RH plus the integer path's rounding
    assert tf == pytest.approx(t, abs=0.001)
    assert pf == pytest.approx(p, abs=0.005)
    assert hf == pytest.approx(h, abs=0.01)


def test_oversampling_x1_without_filter_gives_16_bit_resolution(clock):
    _, _, drv = i2c_rig(clock)
    adc_t, adc_p, _ = drv.forced_read(lambda: clock.advance(10_000), osrs=(1, 1, 1))
    assert adc_t & 0xF == 0 and adc_p & 0xF == 0
    t, p, _ = drv.compensate_float(adc_t, adc_p, 0)
    assert t == pytest.approx(21.5, abs=0.0051)  # datasheet: 0.005 degC at x1
    assert p == pytest.approx(1013.25, abs=0.0263)  # 2.62 Pa at x1


def test_skipped_measurements_read_0x80000_and_0x8000(clock):
    _, _, drv = i2c_rig(clock)
    raw = drv.forced_read(lambda: clock.advance(10_000), osrs=(1, 0, 0))
    assert raw[1] == 0x80000 and raw[2] == 0x8000 and raw[0] != 0x80000


def test_forced_mode_measures_once_then_sleeps(clock):
    _, part, drv = i2c_rig(clock)
    clock.advance(5000)
    drv.write_reg(0xF2, 1)
    drv.write_reg(0xF4, (1 << 5) | (1 << 2) | 1)
    t_meas = measurement_time_us(1, 1, 1)
    assert t_meas == 8000  # 1 + 2 + 2.5 + 2.5 ms typical
    assert part.read_reg(0xF3) & 0x08  # measuring
    assert drv.raw()[0] == 0x80000  # data not updated before the conversion ends
    clock.advance(t_meas)
    assert part.read_reg(0xF3) & 0x08 == 0
    assert part.read_reg(0xF4) & 0x03 == 0  # back to sleep
    assert part.measurements == 1
    part.temperature = 30.0
    clock.advance(1_000_000)
    assert drv.compensate_int(*drv.raw())[0] == pytest.approx(21.5, abs=0.01)  # still old


def test_ctrl_hum_takes_effect_only_after_a_ctrl_meas_write(clock):
    _, _, drv = i2c_rig(clock)
    drv.write_reg(0xF4, (1 << 5) | (1 << 2) | 1)
    drv.write_reg(0xF2, 1)  # too late for this measurement
    clock.advance(20_000)
    assert drv.raw()[2] == 0x8000
    drv.write_reg(0xF4, (1 << 5) | (1 << 2) | 1)
    clock.advance(20_000)
    assert drv.raw()[2] != 0x8000


def test_normal_mode_follows_a_temperature_curve_at_the_standby_period(clock):
    _, part, drv = i2c_rig(clock, temperature=Curve([(0, 20.0), (10, 30.0)]))
    drv.write_reg(0xF5, 5 << 5)  # t_sb = 1000 ms, filter off
    drv.write_reg(0xF2, 1)
    drv.write_reg(0xF4, (5 << 5) | (5 << 2) | 3)  # normal mode
    t_meas = measurement_time_us(5, 5, 1)
    clock.set(5_000_000)
    readings = drv.compensate_float(*drv.raw())
    # The latest conversion ended at t_meas + k * (t_meas + 1 s) <= 5 s: k = 4.
    t_end = t_meas + 4 * (t_meas + 1_000_000)
    assert readings[0] == pytest.approx(20.0 + t_end / 1e6, abs=0.001)
    assert part.read_reg(0xF5) == 5 << 5
    drv.write_reg(0xF5, 0)  # ignored in normal mode
    assert part.read_reg(0xF5) == 5 << 5


def test_iir_filter_lags_a_step_and_converges(clock):
    _, part, drv = i2c_rig(clock)
    drv.write_reg(0xF5, (0 << 5) | (2 << 2))  # t_sb 0.5 ms, filter coefficient 4
    drv.write_reg(0xF4, (5 << 5) | (5 << 2) | 3)
    clock.advance(200_000)
    part.pressure = 1000.0
    period = measurement_time_us(5, 5, 0) + 500
    clock.advance(period)
    first = drv.compensate_float(*drv.raw())[1]
    assert 1000.0 < first < 1013.25 - 1.0  # one step of 1/4 towards the new value
    clock.advance(100 * period)
    assert drv.compensate_float(*drv.raw())[1] == pytest.approx(1000.0, abs=0.01)


def test_soft_reset(clock):
    _, part, drv = i2c_rig(clock)
    drv.write_reg(0xF4, 0x27)
    drv.write_reg(0xE0, 0x12)  # only 0xB6 resets
    assert part.read_reg(0xF4) == 0x27
    drv.write_reg(0xE0, 0xB6)
    assert part.read_reg(0xF4) == 0


def test_spi_read_burst_and_write_pairs(clock):
    bus = SPIBus("spi1")
    cs = Pin("X5", clock)
    cs.configure(Mode.OUT, value=1)
    part = BME280(clock, temperature=25.0)
    bus.attach(part, cs, modes=BME280.SPI_MODES)

    def read_regs(reg, n):
        cs.set_output(0)
        rx = bus.transfer(bytes([reg | 0x80]) + bytes(n))
        cs.set_output(1)
        return rx[1:]

    def write_reg(reg, value):
        cs.set_output(0)
        bus.transfer(bytes([reg & 0x7F, value]))
        cs.set_output(1)

    drv = DatasheetBME280(read_regs, write_reg)
    assert drv.chip_id() == 0x60
    raw = drv.forced_read(lambda: clock.advance(200_000))
    assert drv.compensate_int(*raw)[0] == pytest.approx(25.0, abs=0.01)
    # Two register/value pairs in one selection.
    cs.set_output(0)
    bus.transfer(bytes([0x72, 0x03, 0x74, 0x24]))
    cs.set_output(1)
    assert (part.read_reg(0xF2), part.read_reg(0xF4)) == (0x03, 0x24)
    bus.configure(phase=1)  # mode 1 is not supported by the part
    assert read_regs(0xD0, 1) == b"\xff" and bus.errors


@settings(max_examples=150, deadline=None)
@given(t=st.floats(-40.0, 85.0), p=st.floats(300.0, 1100.0), h=st.floats(0.0, 100.0))
def test_readings_hold_over_the_whole_operating_range(t, p, h):
    """Datasheet operating range: -40..85 degC, 300..1100 hPa, 0..100 %RH."""

    class Clock:
        now = 0

        def now_us(self):
            return self.now

    clock = Clock()
    _, _, drv = i2c_rig(clock, temperature=t, pressure=p, humidity=h)

    def wait():
        clock.now += 200_000

    ti, pi, hi = drv.compensate_int(*drv.forced_read(wait))
    # The integer humidity formula is coarser than its 1/1024 %RH output: near 85 degC two
    # adjacent adc_H codes can give the same reading and the next one 0.013 %RH more.
    assert abs(ti - t) <= 0.01 and abs(pi - p) <= 0.01 and abs(hi - h) <= 0.02
