"""Every board boots its image, runs the frozen ``main.py``, and its REPL shows its heap.

Issue 6, acceptance 4: each of the six boards is built with its own manifest plus a
frozen ``main.py`` (``scons MANIFEST=...`` into a scratch build directory), booted, and
asked at the friendly REPL for ``gc.mem_free()`` and ``gc.mem_alloc()``: together they
are the board's heap from its data file less the collector's own tables (as on a real
board), so a micro:bit shows its 10 KB heap and a pyboard its 100 KB.  The console is the process's stdio (a pipe), so this is also what
``mote run --console stdio`` does.
"""

import subprocess
import sys

import pytest

from boards.registry import load_board
from tests.firmware.console.running import REPO
from vm.heap import Heap

BOARDS = ["unix", "pyboard", "microbit", "wipy", "lopy", "esp8266"]

_SERVE = """
import sys
from firmware.console.stdio import StdioConsole
from firmware.device import Device
out = sys.argv[1]
Device(out + '/firmware.elf', out + '/flash.img', out + '/run').serve(StdioConsole())
"""


@pytest.mark.parametrize("board", BOARDS)
def test_a_board_boots_its_frozen_main_and_the_repl_reports_its_heap(board, tmp_path):
    app = tmp_path / "app"
    app.mkdir()
    (app / "main.py").write_text("import sys\nprint('frozen main.py ran on', sys.platform)\n")
    manifest = tmp_path / "manifest.py"
    manifest.write_text(f'include("$(MOTE_DIR)/boards/{board}/manifest.py")\n'
                        f'module("main.py", base_path="{app}")\n')
    scons = str(REPO / ".venv" / "bin" / "scons")
    build = subprocess.run([scons, "-Q", f"BOARD={board}", f"BUILD_DIR={tmp_path / 'build'}",
                            f"MANIFEST={manifest}"], cwd=REPO, capture_output=True, text=True,
                           env={"MOTE_DIR": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=600,
                           check=False)
    assert build.returncode == 0, build.stdout + build.stderr
    out = tmp_path / "build" / board
    typed = b"import gc\rgc.mem_free()\rgc.mem_free() + gc.mem_alloc()\r"
    proc = subprocess.run([sys.executable, "-c", _SERVE, str(out)], input=typed, cwd=REPO,
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    text = proc.stdout.decode()
    assert text.startswith("frozen main.py ran on "), text
    assert "\r\nMicroPython v" in text
    lines = text.split("\r\n")
    free = int(lines[lines.index(">>> gc.mem_free()") + 1])
    total = int(lines[lines.index(">>> gc.mem_free() + gc.mem_alloc()") + 1])
    spec = load_board(board)
    assert total == Heap(None, region_bytes=spec.heap_bytes, word_bits=spec.word_bits).total
    assert spec.heap_bytes * 0.9 < total <= spec.heap_bytes
    assert 0 < free < total
