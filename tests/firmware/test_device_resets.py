"""A device reboots as a board does: hard resets (machine.reset, watchdog, deep sleep, the
reset button) and soft ones (machine.soft_reset, Ctrl-D) boot a fresh VM, keeping the
flash, the clock, the RTC and its memory, and the parts; reset_cause says why.

Causes follow the real ports: on the pyboard (stm32) machine.reset() reads back as
HARD_RESET (2; the STM32F4's software reset pulses NRST, so RCC_CSR has PINRSTF) and a
soft reboot as SOFT_RESET (5); on the ESP8266 machine.reset() is SOFT_RESET (4).
"""

from __future__ import annotations

import io
import threading

import pytest

from firmware.console.base import Console
from firmware.device import Device
from hal.world.clock import VirtualClock
from tests.firmware.console.running import REPO, build


def device(tmp_path, board: str = "pyboard", clock=None) -> Device:
    build(board)
    out = REPO / "build" / board
    return Device(out / "firmware.elf", tmp_path / "flash.img", tmp_path / "work", clock=clock)


def boot(dev: Device, main: str, max_boots: int = 6) -> tuple[str, object]:
    dev.put_files({"main.py": main.encode()})
    out = io.StringIO()
    result = dev.boot(stdout=out, max_boots=max_boots)
    return out.getvalue(), result


def test_machine_reset_reboots_and_nothing_of_the_program_runs_after_it(tmp_path):
    dev = device(tmp_path)
    text, result = boot(dev, (
        "import machine, os\nprint('cause', machine.reset_cause())\n"
        "if machine.reset_cause() == machine.PWRON_RESET:\n"
        "    open('note.txt', 'w').write('written before the reset')\n"
        "    try:\n        try:\n            machine.reset()\n"
        "        except BaseException as e:\n            print('caught', repr(e))\n"
        "    finally:\n        print('finally ran')\n"
        "    print('after reset')\n"
        "else:\n    print(open('note.txt').read())\n"))
    assert text.splitlines() == ["cause 1", "cause 2", "written before the reset"]
    assert result.status == 0 and result.reboots == 1
    assert result.ran == ["main.py", "main.py"]


def test_a_reset_cannot_be_swallowed_by_a_with_block_or_a_generator(tmp_path):
    dev = device(tmp_path)
    text, _ = boot(dev, (
        "import machine\n"
        "class C:\n    def __enter__(self): return self\n"
        "    def __exit__(self, *a):\n        print('exit ran')\n        return True\n"
        "def gen():\n    try:\n        yield 1\n        machine.reset()\n"
        "    except BaseException:\n        yield 'swallowed'\n"
        "if machine.reset_cause() == machine.PWRON_RESET:\n"
        "    with C():\n        print(list(gen()))\n"
        "print('end', machine.reset_cause())\n"))
    assert text.splitlines() == ["end 2"]


def test_watchdog_expiry_reboots_the_device_under_boot(tmp_path):
    dev = device(tmp_path)
    text, result = boot(dev, (
        "import machine, time\nprint('cause', machine.reset_cause())\n"
        "if machine.reset_cause() != machine.WDT_RESET:\n"
        "    wdt = machine.WDT(timeout=500)\n    try:\n        time.sleep(2)\n"
        "    except BaseException:\n        print('swallowed')\n"))
    assert text.splitlines() == ["cause 1", "cause 3"]
    assert result.reboots == 1


def test_soft_reset_prints_soft_reboot_and_reports_soft_reset(tmp_path):
    dev = device(tmp_path)
    text, result = boot(dev, (
        "import machine\nc = machine.reset_cause()\nprint('cause', c)\n"
        "if c == machine.PWRON_RESET:\n    machine.soft_reset()\n"))
    assert text.splitlines() == ["cause 1", "MPY: soft reboot", "cause 5"]
    assert result.reboots == 1


def test_plain_sys_exit_ends_the_run_without_a_reboot(tmp_path):
    dev = device(tmp_path)
    text, result = boot(dev, "import sys\nprint('once')\nsys.exit()\n")
    assert text == "once\n" and result.reboots == 0


def test_esp8266_machine_reset_reads_back_as_soft_reset(tmp_path):
    dev = device(tmp_path, "esp8266")
    text, _ = boot(dev, ("import machine\nprint(machine.reset_cause())\n"
                         "if machine.reset_cause() == machine.PWRON_RESET:\n"
                         "    machine.reset()\n"))
    assert text.splitlines() == ["0", "4"]


def test_rtc_memory_and_the_clock_survive_deepsleep_and_every_reset(tmp_path):
    dev = device(tmp_path)
    text, result = boot(dev, (
        "import machine, time\nr = machine.RTC()\nm = r.memory()\n"
        "n = int(m) if m else 0\nprint(n, machine.reset_cause(), time.ticks_ms() // 1000)\n"
        "r.memory(str(n + 1))\n"
        "if n == 0:\n    machine.deepsleep(3000)\n"
        "elif n == 1:\n    machine.reset()\n"
        "elif n == 2:\n    machine.soft_reset()\n"))
    lines = text.splitlines()
    assert lines == ["0 1 0", "1 4 3", "2 2 3", "MPY: soft reboot", "3 5 3"]
    assert result.reboots == 3


def test_the_reset_button_reboots_a_busy_program(tmp_path):
    dev = device(tmp_path)
    dev.put_files({"main.py": b"import machine\nprint('cause', machine.reset_cause())\n"
                              b"if machine.reset_cause() == machine.PWRON_RESET:\n"
                              b"    while True:\n        pass\n"})
    out = io.StringIO()
    timer = threading.Timer(0.5, dev.press_reset)
    timer.start()
    try:
        dev.boot(stdout=out, max_boots=3)
    finally:
        timer.cancel()
    assert out.getvalue().splitlines() == ["cause 1", "cause 2"]


def test_max_boots_bounds_a_program_that_always_resets(tmp_path):
    dev = device(tmp_path)
    text, result = boot(dev, "import machine\nprint('boot')\nmachine.reset()\n", max_boots=3)
    assert text.splitlines() == ["boot"] * 3 and result.reboots == 3


class ScriptedConsole(Console):
    """A console fed with what a person types, all at once; output is collected."""

    where = "test"

    def __init__(self, typed: bytes) -> None:
        super().__init__()
        self.output = bytearray()
        self._typed = typed

    def start(self) -> None:
        self.feed(self._typed)
        self.feed_eof()

    def _send(self, data: bytes) -> None:
        self.output += data


@pytest.mark.parametrize("reset", [b"\x04", b"import machine; machine.reset()\r"])
def test_serve_keeps_rtc_memory_and_the_hardware_across_resets(tmp_path, reset):
    dev = device(tmp_path, clock=VirtualClock())
    typed = (b"import machine\rmachine.RTC().memory(b'kept')\r" + reset +
             b"import machine\rmachine.RTC().memory(), machine.reset_cause()\r")
    console = ScriptedConsole(typed)
    dev.serve(console)
    text = console.output.decode()
    after = text.split("machine.reset_cause()\r\n", 1)[1]
    assert after.startswith("(b'kept', 5)" if reset == b"\x04" else "(b'kept', 2)"), text
    assert ("MPY: soft reboot" in text) == (reset == b"\x04")
    assert text.count("MicroPython v") == 2  # the banner again after the reboot
