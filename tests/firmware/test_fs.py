"""The flash filesystem is real littlefs, and survives power loss at every operation."""

import pytest
from littlefs import LittleFS

from firmware.fs import (FlashBlockDevice, PowerCut, PowerCutDevice, create_image,
                         list_files, mount, put_files, read_file, read_files, remove_partials,
                         write_file)


def test_create_put_and_read_back(tmp_path):
    img = tmp_path / "flash.img"
    create_image(img, 512, 64)
    assert img.stat().st_size == 512 * 64
    assert list_files(img, 512) == []
    put_files(img, 512, {"main.py": b"print(1)\n", "lib/drv.py": b"x = 1\n"})
    put_files(img, 512, {"main.py": b"print(2)\n"})
    assert read_file(img, 512, "/main.py") == b"print(2)\n"
    assert read_files(img, 512) == {"lib/drv.py": b"x = 1\n", "main.py": b"print(2)\n"}


def test_image_is_plain_littlefs(tmp_path):
    """Any littlefs implementation with the same geometry mounts it (as a real board would)."""
    img = tmp_path / "flash.img"
    create_image(img, 4096, 16, {"boot.py": b"# boot\n"})
    fs = LittleFS(block_size=4096, block_count=16, mount=False)
    fs.context.buffer[:] = img.read_bytes()
    fs.mount()
    with fs.open("boot.py", "rb") as f:
        assert f.read() == b"# boot\n"


# -- Power loss ------------------------------------------------------------------------------
# Like littlefs's own power-loss suite: run a workload once to count its program/erase
# operations, then again from the same starting image with the power cut before each one
# in turn; every cut must leave a filesystem that mounts as it is (no reformat) and files
# that hold either their old or their new contents, never a mix.

BLOCK_SIZE, BLOCK_COUNT = 256, 32
OLD = {"config.json": b'{"rate": 1}' * 3, "log.txt": b"boot\n" * 120, "keep.py": b"k = 1\n"}
NEW = {"config.json": b'{"rate": 22}' * 5, "log.txt": b"boot\nrun\n" * 90,
       "fresh.bin": bytes(range(256)) * 3}


def base_image() -> bytes:
    device = FlashBlockDevice(BLOCK_SIZE, BLOCK_COUNT)
    fs = LittleFS(context=device, block_size=BLOCK_SIZE, block_count=BLOCK_COUNT,
                  mount=False)
    fs.format()
    fs.mount()
    for name, data in OLD.items():
        with fs.open(name, "wb") as f:
            f.write(data)
    fs.unmount()
    return bytes(device.buffer)


def workload(device: FlashBlockDevice) -> None:
    fs = mount(device)
    for name, data in NEW.items():  # rewrite two files (in two writes each), create one
        write_file(fs, name, data[: len(data) // 2], data[len(data) // 2:])
        if getattr(device, "cut", False):
            raise PowerCut  # the device is dead: stop, as the CPU would
    fs.unmount()


def test_workload_counts_operations():
    device = FlashBlockDevice(BLOCK_SIZE, BLOCK_COUNT, base_image())
    workload(device)
    assert device.ops > 20
    fs = mount(device)
    for name, data in NEW.items():
        with fs.open(name, "rb") as f:
            assert f.read() == data


def test_power_cut_at_every_program_and_erase():
    base = base_image()
    probe = FlashBlockDevice(BLOCK_SIZE, BLOCK_COUNT, base)
    workload(probe)
    total = probe.ops
    for cut in range(total):
        device = PowerCutDevice(BLOCK_SIZE, BLOCK_COUNT, base, cut_after=cut)
        with pytest.raises(Exception):  # littlefs reports the failed operation as an error
            workload(device)
        assert device.cut, f"cut {cut}: the workload finished before the power cut"
        after = FlashBlockDevice(BLOCK_SIZE, BLOCK_COUNT, device.snapshot)
        fs = mount(after)  # raises if it would need a reformat
        names = set(fs.listdir("/"))
        leftovers = remove_partials(fs)  # an interrupted write's scratch file, if any
        assert len(leftovers) <= 1 and names - set(leftovers) <= set(OLD) | set(NEW)
        names -= set(leftovers)
        for name in set(OLD) | set(NEW):
            allowed = {OLD.get(name), NEW.get(name)}
            if name not in names:
                assert None in allowed, f"cut {cut}: {name} vanished"
                continue
            with fs.open(name, "rb") as f:
                data = f.read()
            assert data in allowed, f"cut {cut}: {name} holds neither old nor new contents"
        # and the filesystem is usable again after the reboot
        write_file(fs, "after.txt", b"ok")
        fs.unmount()


def test_power_cut_device_freezes_the_flash():
    device = PowerCutDevice(BLOCK_SIZE, BLOCK_COUNT, cut_after=1)
    assert device.erase(None, 0) == 0
    assert device.prog(None, 0, 0, b"\x00") < 0  # no power: the operation fails
    assert device.erase(None, 1) < 0
    assert device.snapshot == bytes(device.buffer) == b"\xff" * (BLOCK_SIZE * BLOCK_COUNT)
