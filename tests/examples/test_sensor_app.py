"""examples/sensor_app end to end: the same app on the emulated pyboard and ESP8266.

The scenario: the room warms from 20 to 26 degC over 6 s and the user presses the button
at t = 2 s.  Checked: the console lines, the heartbeat LED's timeline, and the OLED's
PNG, whose lit pixels must be the app's text drawn by framebuf (the display driver, the
I2C traffic and the SSD1306 model between them must not lose or move a pixel).
"""

import json
from pathlib import Path

import pytest

from hal.periph.scenario import Curve
from tests.drivers.support import board_hardware, new_vm, run

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "examples" / "sensor_app"
BUTTON = {"pyboard": "USR", "esp8266": "button"}
LED = {"pyboard": "LED2", "esp8266": "led"}

# Times are the app's (ms since it finished its set-up: 26 ms of I2C traffic to the sensor
# and the display after power-on); the button press at world t = 2 s is app time 1974.
# Temperatures are the room's at each conversion, through the datasheet's integer
# compensation (0.01 degC steps).
EXPECTED_CONSOLE = """\
[   10] T=20.04 C P=1013.26 hPa H=45.0 %
[ 1010] T=21.03 C P=1013.25 hPa H=45.0 %
[ 1974] button: F
[ 2010] T=22.03 C P=1013.24 hPa H=45.0 %
[ 3010] T=23.04 C P=1013.26 hPa H=45.0 %
[ 4010] T=24.03 C P=1013.24 hPa H=45.0 %
[ 5010] T=25.03 C P=1013.24 hPa H=45.0 %
[ 6000] done: 6 samples
"""


def _run_app(board: str, tmp_path: Path):
    hw = board_hardware(board, parts=json.loads((APP / "wiring.json").read_text())[board])
    hw.part("bme280").temperature = Curve([(0, 20.0), (6, 26.0)])
    hw.scenario.press(hw.part(BUTTON[board]), at_s=2.0)
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "asyncio").symlink_to(REPO / "uasyncio", target_is_directory=True)
    vm, out = new_vm(hw)
    vm.path = [str(APP), str(APP / "lib"), str(pkg)]
    assert vm.run_main(str(APP / "main.py")) == 0, out.getvalue()
    return hw, out.getvalue()


@pytest.fixture(scope="module", params=["pyboard", "esp8266"])
def app_run(request, tmp_path_factory):
    board = request.param
    hw, console = _run_app(board, tmp_path_factory.mktemp(board))
    return board, hw, console


def test_console_output(app_run):
    _, _, console = app_run
    assert console == EXPECTED_CONSOLE


def test_led_blinks_for_100_ms_at_each_sample_once_a_second(app_run):
    """The heartbeat: on when a reading arrives, off 100 ms later, every second without
    drift, although each screen update holds the program for ~25 ms of I2C wire time."""
    board, hw, _ = app_run
    states = [(t, on) for t, on in hw.part(LED[board]).states() if t > 30_000]
    assert [on for _, on in states] == [True, False] * 6
    first_on = states[0][0]
    assert 36_000 <= first_on <= 37_000  # set-up (26 ms) + conversion wait (10 ms)
    for i in range(6):
        (t_on, _), (t_off, _) = states[2 * i], states[2 * i + 1]
        assert abs(t_on - (first_on + i * 1_000_000)) < 1_000
        assert abs(t_off - t_on - 100_000) < 1_000


def test_display_png_shows_the_last_reading(app_run, tmp_path):
    from PIL import Image
    board, hw, _ = app_run
    oled = hw.part("oled")
    png = tmp_path / f"{board}.png"
    oled.to_png(str(png))
    img = Image.open(png)
    assert img.size == (128, 64)
    lit = [1 if v else 0 for v in img.convert("L").tobytes()]
    # The same screen drawn by framebuf alone, in a VM with no board.
    expected = run("import framebuf\nb = bytearray(1024)\n"
                   "f = framebuf.FrameBuffer(b, 128, 64, framebuf.MONO_VLSB)\n"
                   "f.text('Mote sensor', 0, 0)\nf.hline(0, 10, 128, 1)\n"
                   "f.text('T  77.05 F', 0, 16)\nf.text('P 1013.24 hPa', 0, 28)\n"
                   "f.text('H  45.0 %', 0, 40)\nf.text('#6', 0, 54)\n"
                   "print(''.join(str(f.pixel(x, y)) for y in range(64) for x in range(128)))\n")
    assert lit == [int(c) for c in expected.strip()]
    assert sum(lit) > 500
    assert len(oled.frames) >= 7  # the blank screen, then a frame per sample and per press


def test_the_app_source_is_the_same_file_on_both_boards():
    """'Unchanged': one main.py; the boards differ only in its BOARDS table."""
    src = (APP / "main.py").read_text()
    assert '"pyboard"' in src and '"esp8266"' in src
