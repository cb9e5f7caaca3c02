"""One flash image, one device: a second device on the same image is refused with a clear
error (``mote run`` without ``--flash`` uses the board's default image, so two runs of
one board would otherwise write over each other's files)."""

from __future__ import annotations

import subprocess

import pytest

from firmware.device import Device, FlashInUse
from tests.firmware.console.running import MOTE, REPO, build, served


def _device(tmp_path, name: str = "flash.img") -> Device:
    build("pyboard")
    out = REPO / "build" / "pyboard"
    return Device(out / "firmware.elf", tmp_path / name, tmp_path / (name + ".run"))


def test_a_second_device_on_the_same_flash_is_refused_until_the_first_releases_it(tmp_path):
    first, second = _device(tmp_path), _device(tmp_path)
    first.claim()
    try:
        with pytest.raises(FlashInUse, match=r"flash.img is in use by another device \(pid \d+\)"):
            second.claim()
        _device(tmp_path, "other.img").claim()  # another image is another board
    finally:
        first.release()
    second.claim()
    second.release()


def test_mote_run_on_a_flash_a_running_device_holds_fails_with_a_clear_message(tmp_path):
    with served(tmp_path):
        proc = subprocess.run(MOTE + ["run", "--board", "pyboard", "--no-build", "--exit",
                                      "--flash", str(tmp_path / "flash.img")],
                              cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 2
    assert "is in use by another device" in proc.stderr
    assert "--flash" in proc.stderr
