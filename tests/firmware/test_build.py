"""`scons BOARD=<board>` builds every board's image; the build is incremental and checked."""

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile

from boards.registry import board_names
from firmware.image.reader import load_image
from tools import fwinfo

ROOT = Path(__file__).resolve().parents[2]
SCONS = shutil.which("scons", path=str(Path(sys.executable).parent)) or "scons"
BOARDS = board_names()
SECTIONS = [".mote.frozen", ".mote.qstr", ".mote.board", ".mote.chip", ".mote.memmap"]
WORK = ("FREEZE", "QSTR", "PACK", "BUDGET", "LITTLEFS", "COG")


def scons(*args, cwd=ROOT, check=True):
    proc = subprocess.run([SCONS, "-Q", *args], cwd=cwd, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"scons {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    for board in BOARDS:
        scons(f"BOARD={board}", f"BUILD_DIR={out}", "-j2")
    return out


def test_six_boards(build_dir):
    assert BOARDS == ["esp8266", "lopy", "microbit", "pyboard", "unix", "wipy"]


@pytest.mark.parametrize("board", BOARDS)
def test_each_board_builds_an_image_pyelftools_reads(build_dir, board):
    elf_path = build_dir / board / "firmware.elf"
    elf = ELFFile(io.BytesIO(elf_path.read_bytes()))
    names = [s.name for s in elf.iter_sections()]
    assert all(name in names for name in SECTIONS)
    image = load_image(elf_path)
    assert image.board["name"] == board
    assert "inisetup" in image.frozen
    assert ("uasyncio.core" in image.frozen) == (board != "microbit")
    assert (build_dir / board / "flash.img").stat().st_size == (
        image.board["filesystem"]["block_size"] * image.board["filesystem"]["block_count"])


@pytest.mark.parametrize("board", BOARDS)
def test_readelf_lists_the_sections_and_symbols(build_dir, board):
    readelf = shutil.which("readelf")
    assert readelf, "binutils' readelf is required"
    proc = subprocess.run([readelf, "-W", "-S", "-s", str(build_dir / board / "firmware.elf")],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stderr, proc.stderr
    for name in SECTIONS + ["mote_qstr_pool", "mote_board", "inisetup.mpy", "_heap_size"]:
        assert name in proc.stdout


@pytest.mark.parametrize("board", BOARDS)
def test_fwinfo_totals_match_the_file(build_dir, board):
    path = build_dir / board / "firmware.elf"
    info = fwinfo.inspect(path)
    assert info.accounted_bytes == info.file_bytes == path.stat().st_size
    assert sum(info.frozen.values()) <= next(
        s.size for s in info.sections if s.name == ".mote.frozen")
    assert info.image_bytes <= info.flash_budget
    assert fwinfo.main([str(path)]) == 0


def test_fwinfo_json_report(build_dir, capsys):
    fwinfo.main([str(build_dir / "pyboard" / "firmware.elf"), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["accounted_bytes"] == report["file_bytes"]
    assert "uasyncio/core.mpy" in report["frozen"]


def test_no_op_rebuild_does_nothing(build_dir):
    proc = scons("BOARD=pyboard", f"BUILD_DIR={build_dir}")
    assert "is up to date" in proc.stdout
    assert not any(step in proc.stdout for step in WORK), proc.stdout


def test_plain_scons_builds_the_default_board(tmp_path):
    scons(f"BUILD_DIR={tmp_path}", "-j2")
    assert (tmp_path / "pyboard" / "firmware.elf").is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == ["pyboard"]
    scons(f"BUILD_DIR={tmp_path}", "-c")
    assert not (tmp_path / "pyboard" / "firmware.elf").exists()
    assert (ROOT / "hal" / "stm32f405.py").is_file()  # committed bindings are never cleaned


def test_overfull_manifest_fails_naming_the_budget(tmp_path):
    big = "\n".join(f"name_{i} = 'a string constant number {i:05d}'" for i in range(1500))
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "big.py").write_text(big)
    (tmp_path / "manifest.py").write_text('freeze("app")\n')
    proc = scons("BOARD=microbit", f"BUILD_DIR={tmp_path / 'build'}",
                 f"MANIFEST={tmp_path / 'manifest.py'}", check=False)
    assert proc.returncode != 0
    assert "flash budget exceeded on board 'microbit'" in proc.stderr
    assert "flash budget is 21,504 bytes" in proc.stderr and "over by" in proc.stderr
    assert not (tmp_path / "build" / "microbit" / "firmware.elf").exists()


def test_changing_one_chip_regenerates_only_what_depends_on_it(tmp_path):
    tree = tmp_path / "tree"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in ["hal", "boards", "firmware", "site_scons", "uasyncio"]:
        shutil.copytree(ROOT / part, tree / part, ignore=ignore)
    (tree / "tools").mkdir()
    for f in ["__init__.py", "oracles.py"]:
        shutil.copy(ROOT / "tools" / f, tree / "tools" / f)
    shutil.copy(ROOT / "SConstruct", tree / "SConstruct")
    for board in ["microbit", "pyboard"]:
        scons(f"BOARD={board}", cwd=tree)
    chip = tree / "hal" / "chips" / "nrf51822.json"
    data = json.loads(chip.read_text())
    data["clock"]["max_hz"] = 32000000
    chip.write_text(json.dumps(data, indent=1))

    first = scons("BOARD=pyboard", cwd=tree).stdout
    assert "COG hal/nrf51822.py" in first
    assert first.count("COG ") == 1 and "PACK" not in first  # pyboard does not use it
    assert "'max_hz': 32000000" in (tree / "hal" / "nrf51822.py").read_text()
    second = scons("BOARD=microbit", cwd=tree).stdout
    assert "COG" not in second and "PACK" in second and "FREEZE" not in second

    # A new chip is data only: its binding module is created by the next build.
    new = json.loads((tree / "hal" / "chips" / "host.json").read_text())
    new.update(name="hostb", part="host-b")
    (tree / "hal" / "chips" / "hostb.json").write_text(json.dumps(new))
    third = scons("BOARD=microbit", cwd=tree).stdout
    assert third.count("COG ") == 1 and "COG hal/hostb.py" in third
    binding = (tree / "hal" / "hostb.py").read_text()
    assert binding.startswith("# autogenerated") and "CHIP = 'hostb'" in binding
