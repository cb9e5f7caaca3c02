"""The flash is as big as the board's: os.statvfs reports the littlefs geometry and a write
past the capacity fails with OSError(ENOSPC), errno 28 (firmware/fs/space.py)."""

from __future__ import annotations

import random

import pytest

from firmware.fs import FlashBlockDevice, read_files
from firmware.fs.image import _format
from firmware.fs.space import FlashSpace, file_blocks
from tests.firmware.test_device_resets import boot, device


@pytest.mark.parametrize("block_size", [512, 1024, 4096])
def test_file_blocks_match_littlefs(block_size):
    dev = FlashBlockDevice(block_size, 64)
    fs = _format(dev)
    for size in (0, 1, block_size // 8, block_size // 8 + 1, block_size - 8, block_size,
                 block_size + 1, 3 * block_size, 5 * block_size + 100, 9 * block_size):
        with fs.open("f", "wb") as f:
            f.write(b"x" * size)
        assert file_blocks(size, block_size) == fs.used_block_count - 2, size


@pytest.mark.parametrize("seed", range(4))
def test_the_count_of_a_tree_never_falls_short_of_littlefs_and_stays_close(tmp_path, seed):
    rnd = random.Random(seed)
    block_size, block_count = rnd.choice([(512, 224), (1024, 27), (4096, 128)])
    dev = FlashBlockDevice(block_size, block_count)
    fs = _format(dev)
    root = tmp_path / "mirror"
    root.mkdir()
    for d in ("", "lib", "lib/sub", "data"):
        (root / d).mkdir(exist_ok=True)
        if d:
            fs.makedirs(d, exist_ok=True)
    space = FlashSpace(root, block_size, block_count)
    for i in range(rnd.randrange(5, 30)):
        name = f"{rnd.choice(['', 'lib/', 'lib/sub/', 'data/'])}f{i}.txt"
        data = b"z" * rnd.choice([3, 40, block_size // 4, block_size + 9, 2 * block_size])
        if space.used_blocks({str(root / name): len(data)}) > block_count - 2:
            break
        (root / name).write_bytes(data)
        with fs.open(name, "wb") as f:
            f.write(data)
        assert fs.used_block_count <= space.used_blocks() <= fs.used_block_count + 4


def test_statvfs_reports_the_microbit_flash_and_a_full_flash_refuses_writes(tmp_path):
    dev = device(tmp_path, "microbit")
    text, _ = boot(dev, (
        "import os\ns = os.statvfs('/')\nprint(s[0], s[1], s[2], s[3] == s[4], s[9])\n"
        "free0 = s[3]\n"
        "f = open('big.bin', 'wb')\nn = 0\n"
        "try:\n    while True:\n        f.write(b'x' * 256)\n        n += 256\n"
        "except OSError as e:\n    print('OSError', e.errno)\n"
        "f.close()\n"
        "print(n > 20000, n < 27 * 1024)\n"
        "print(os.statvfs('/')[3] < free0)\n"
        "os.remove('big.bin')\nprint(os.statvfs('/')[3] == free0)\n"
        "open('keep.txt', 'w').write('still here')\n"))
    lines = text.splitlines()
    assert lines[0] == "1024 1024 27 True 255"
    assert lines[1:] == ["OSError 28", "True True", "True", "True"], text
    files = read_files(dev.flash_path, 1024)
    assert files == {"main.py": files["main.py"], "keep.txt": b"still here"}


def test_a_file_that_fills_the_flash_is_written_back_into_the_littlefs_image(tmp_path):
    dev = device(tmp_path, "microbit")
    text, _ = boot(dev, (
        "f = open('log.txt', 'a')\nn = 0\n"
        "try:\n    while True:\n        f.write('reading 12.5\\n')\n        n += 13\n"
        "except OSError as e:\n    print(e.errno)\nf.close()\nprint(n)\n"))
    errno, n = text.split()
    assert errno == "28"
    assert len(read_files(dev.flash_path, 1024)["log.txt"]) == int(n)
