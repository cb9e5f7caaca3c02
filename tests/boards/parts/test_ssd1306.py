"""SSD1306: MicroPython's driver sequence over I2C and SPI gives the expected picture."""

import pytest
from PIL import Image

from boards.parts.ssd1306 import SSD1306
from hal.periph.i2c import I2CBus, Read, Write
from hal.periph.pin import Mode, Pin
from hal.periph.spi import SPIBus

from .ssd1306_user_driver import UserSSD1306, over_i2c, over_spi


def i2c_display(clock, width=128, height=64, **kw):
    bus = I2CBus("i2c1", clock)
    oled = SSD1306(clock, width, height, **kw)
    bus.attach(oled, 0x3C)
    return bus, oled, UserSSD1306(width, height, *over_i2c(bus))


def drawing(drv):
    drv.fill_rect(0, 0, 8, 4)  # top-left block
    drv.pixel(drv.width - 1, drv.height - 1)  # bottom-right corner
    drv.fill_rect(20, 30 % drv.height, 3, 2)
    drv.show()


def lit(img):
    return {(x, y) for y in range(img.height) for x in range(img.width)
            if img.getpixel((x, y))}


def expected(drv):
    return {(x, y) for y in range(drv.height) for x in range(drv.width)
            if drv.buffer[(y >> 3) * drv.width + x] >> (y & 7) & 1}


def test_driver_init_sequence_sets_the_datasheet_registers(clock):
    _, oled, _ = i2c_display(clock)
    assert oled.display_on and oled.charge_pump and oled.seg_remap and oled.com_remap
    assert (oled.addr_mode, oled.mux, oled.contrast, oled.com_pins) == (0, 63, 0xFF, 0x12)
    assert (oled.clock_div, oled.precharge, oled.vcom) == (0x80, 0xF1, 0x30)
    assert oled.frame_bytes() == bytes(128 * 64)


@pytest.mark.parametrize("size", [(128, 64), (128, 32), (64, 48)])
def test_png_of_a_drawing_matches_the_driver_buffer(clock, tmp_path, size):
    _, oled, drv = i2c_display(clock, *size)
    drawing(drv)
    path = tmp_path / "oled.png"
    oled.to_png(str(path))
    img = Image.open(path)
    assert img.size == size
    assert lit(img) == expected(drv)
    assert img.getpixel((0, 0)) == 255  # contrast 0xFF: full brightness
    oled.to_png(str(path), scale=4)
    assert Image.open(path).size == (size[0] * 4, size[1] * 4)


def test_invert_rotate_contrast_and_power_off(clock):
    _, oled, drv = i2c_display(clock)
    drawing(drv)
    want = expected(drv)
    drv.invert(1)
    assert lit(oled.to_image()) == {(x, y) for x in range(128) for y in range(64)} - want
    drv.invert(0)
    drv.rotate(0)  # 0xC0 + 0xA0: the picture turns by 180 degrees
    assert lit(oled.to_image()) == {(127 - x, 63 - y) for x, y in want}
    drv.rotate(1)
    drv.contrast(0)
    assert oled.to_image().getpixel((0, 0)) == 55
    drv.poweroff()
    assert lit(oled.to_image()) == set()


def test_charge_pump_off_leaves_an_internally_powered_panel_dark(clock):
    _, oled, drv = i2c_display(clock)
    drawing(drv)
    drv.write_cmd(0x8D)
    drv.write_cmd(0x10)
    assert lit(oled.to_image()) == set()
    ext = SSD1306(clock, external_vcc=True)
    for b in (0x8D, 0x10, 0xAF, 0xA5):  # entire display on, RAM ignored
        ext.command(b)
    assert sum(ext.frame_bytes()) == 128 * 64


def test_start_line_offset_and_mux_ratio(clock):
    _, oled, drv = i2c_display(clock)
    drv.fill_rect(0, 8, 128, 1)  # RAM row 8
    drv.show()
    assert lit(oled.to_image()) == {(x, 8) for x in range(128)}
    drv.write_cmd(0x40 | 3)  # start line 3: RAM row 8 shows on row 5
    assert lit(oled.to_image()) == {(x, 5) for x in range(128)}
    drv.write_cmd(0x40)
    drv.write_cmd(0xD3)
    drv.write_cmd(2)  # display offset 2
    assert lit(oled.to_image()) == {(x, 6) for x in range(128)}
    drv.write_cmd(0xA8)
    drv.write_cmd(4)  # multiplex ratio values 0..14 are invalid: ignored
    assert oled.mux == 63
    drv.write_cmd(0xA8)
    drv.write_cmd(5)  # mux 6 rows: row 6 is no longer driven
    assert oled.mux == 63  # (still invalid)
    drv.write_cmd(0xA8)
    drv.write_cmd(15)  # 16 rows: rows 0..15 driven, row 6 still visible
    assert lit(oled.to_image()) == {(x, 6) for x in range(128)}
    drv.write_cmd(0xD3)
    drv.write_cmd(0)
    drv.fill_rect(0, 8, 128, 1, 0)
    drv.fill_rect(0, 40, 128, 1)
    drv.show()
    assert lit(oled.to_image()) == set()  # row 40 is beyond the 16 driven rows


def test_page_and_vertical_addressing_modes(clock):
    oled = SSD1306(clock)
    for b in (0x20, 0x02, 0xB3, 0x05, 0x11):  # page mode, page 3, column 0x15
        oled.command(b)
    oled.data(0xAA)
    assert oled.gddram[3 * 128 + 0x15] == 0xAA and (oled.page, oled.col) == (3, 0x16)
    for b in (0x20, 0x01, 0x21, 10, 11, 0x22, 6, 7):  # vertical, 2x2 window
        oled.command(b)
    for v in (1, 2, 3, 4, 5):
        oled.data(v)
    assert [oled.gddram[p * 128 + c] for c in (10, 11) for p in (6, 7)] == [5, 2, 3, 4]


def test_horizontal_window_wraps_to_its_start(clock):
    oled = SSD1306(clock)
    for b in (0x20, 0x00, 0x21, 100, 101, 0x22, 1, 2):
        oled.command(b)
    oled.data(1), oled.data(2), oled.data(3), oled.data(4), oled.data(5)
    assert [oled.gddram[p * 128 + c] for p in (1, 2) for c in (100, 101)] == [5, 2, 3, 4]


def test_i2c_control_bytes_stream_and_single(clock):
    bus = I2CBus("i2c1", clock)
    oled = SSD1306(clock)
    bus.attach(oled, 0x3C)
    # 0x00: command stream; 0x80/0xC0: one command/data byte then another control byte.
    bus.transfer(0x3C, [Write(bytes([0x00, 0x20, 0x00, 0x21, 0, 127, 0x22, 0, 7]))])
    bus.transfer(0x3C, [Write(bytes([0xC0, 0x11, 0x80, 0xAF, 0x40, 0x22, 0x33]))])
    assert oled.gddram[:3] == bytes([0x11, 0x22, 0x33]) and oled.display_on
    assert bus.transfer(0x3C, [Read(1)]).data == b"\x00"  # status: display on


def test_spi_with_dc_pin_and_reset(clock):
    bus = SPIBus("spi1")
    dc, cs, res = Pin("Y4", clock), Pin("Y5", clock), Pin("Y3", clock)
    for p, v in ((dc, 0), (cs, 1), (res, 1)):
        p.configure(Mode.OUT, value=v)
    oled = SSD1306(clock, 128, 32, dc=dc, res=res)
    bus.attach(oled, cs, modes=SSD1306.SPI_MODES)
    drv = UserSSD1306(128, 32, *over_spi(bus, dc, cs))
    drawing(drv)
    assert lit(oled.to_image()) == expected(drv)
    res.set_output(0)  # hardware reset: registers back to defaults, display off
    assert not oled.display_on and lit(oled.to_image()) == set()


def test_frames_are_recorded_once_per_change_with_world_time(clock):
    _, oled, drv = i2c_display(clock)
    clock.advance(1_000_000)
    drawing(drv)
    clock.advance(1_000_000)
    drv.show()  # same picture again: no new frame
    times = [t for t, _ in oled.frames]
    assert times[-1] == 1_000_000 and len(times) == len({img for _, img in oled.frames})
