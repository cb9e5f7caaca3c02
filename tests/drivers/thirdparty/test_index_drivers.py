"""Drivers a user downloads, unmodified, against the part models (issue 8, acceptance 2).

SSD1306: ``micropython-ssd1306-driver`` 1.0.2 from the package index (its ``ssd1306.py``,
fetched with ``pip download`` into a cache at test time), driving the SSD1306 model over
machine.I2C through framebuf.

BME280: the index's MicroPython BME280 packages do not run here: ``micropython-bme280``
2.1.3 ships an sdist pip cannot read (no setup.py), and ``bme280-upy`` 2.1.0 compiles its
compensation with ``@micropython.viper``, which needs a native-code emitter (a bytecode-only
VM reports ``invalid micropython decorator``, as MicroPython does without one).  So the
BME280 driver is one written as a third-party author would, from the datasheet and the
public machine API only: examples/sensor_app/lib/bme280.py.
"""

import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.drivers.support import board_hardware, new_vm

REPO = Path(__file__).resolve().parents[3]
CACHE = REPO / "build" / "test-cache" / "index-drivers"
SSD1306_SDIST = "micropython-ssd1306-driver==1.0.2"


def _fetch_ssd1306() -> Path:
    """The package's ssd1306.py, unmodified (downloaded once, then cached)."""
    target = CACHE / "ssd1306_driver" / "ssd1306.py"
    if target.is_file():
        return target.parent
    CACHE.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d",
                           str(CACHE), SSD1306_SDIST], check=False, capture_output=True,
                          text=True)
    sdists = sorted(CACHE.glob("micropython-ssd1306-driver-*.tar.gz"))
    if proc.returncode != 0 or not sdists:
        pytest.skip(f"package index not reachable: {proc.stderr[-200:]}")
    with tarfile.open(sdists[-1]) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/ssd1306.py"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(tar.extractfile(member).read())
    return target.parent


def test_index_ssd1306_driver_draws_on_the_model(tmp_path):
    lib = _fetch_ssd1306()
    hw = board_hardware(parts=[{"part": "ssd1306", "name": "oled",
                                "bus": {"type": "I2C", "id": 1}, "addr": 0x3C}])
    vm, out = new_vm(hw)
    vm.path = [str(lib)]
    prog = tmp_path / "main.py"
    prog.write_text(
        "from machine import I2C\nimport ssd1306\n"
        "d = ssd1306.SSD1306_I2C(128, 64, I2C(1))\n"
        "d.text('Hello', 0, 0, 1)\nd.rect(0, 20, 40, 10, 1)\nd.circle(100, 40, 10, 1)\n"
        "d.show()\nprint(sum(bin(b).count('1') for b in d.buffer))\n")
    assert vm.run_main(str(prog)) == 0, out.getvalue()
    lit_in_buffer = int(out.getvalue().split()[-1])
    frame = hw.part("oled").frame()
    assert sum(map(sum, frame)) == lit_in_buffer > 100
    # 'H' of Hello: its first column (x=1) lit from row 0 to 6.
    assert [frame[y][1] for y in range(8)] == [1, 1, 1, 1, 1, 1, 1, 0]
    # The rectangle's corners.
    assert frame[20][0] == frame[20][39] == frame[29][0] == frame[29][39] == 1


@pytest.mark.parametrize("env", [(21.5, 1013.25, 45.0), (-10.25, 950.0, 80.5),
                                 (35.75, 1050.4, 12.0)])
def test_bme280_driver_reads_datasheet_correct_values(tmp_path, env):
    temperature, pressure, humidity = env
    hw = board_hardware(parts=[{"part": "bme280", "name": "bme", "addr": 0x76,
                                "bus": {"type": "I2C", "id": 1}}])
    bme = hw.part("bme")
    bme.temperature, bme.pressure, bme.humidity = env
    vm, out = new_vm(hw)
    vm.path = [str(REPO / "examples" / "sensor_app" / "lib")]
    prog = tmp_path / "main.py"
    prog.write_text("from machine import I2C\nfrom bme280 import BME280\n"
                    "s = BME280(I2C(1))\nprint(*s.read())\n")
    assert vm.run_main(str(prog)) == 0, out.getvalue()
    t, p, h = (float(v) for v in out.getvalue().split())
    # The datasheet's integer formulas resolve 0.01 degC, 1/256 Pa and 1/1024 %RH.
    assert abs(t - temperature) <= 0.01
    assert abs(p - pressure) <= 0.02
    assert abs(h - humidity) <= 0.1
