"""One emulated device: boot a board's firmware image and run its filesystem's app.

Boot follows MicroPython's sequence: load the image (``build/<board>/firmware.elf``),
mount the flash filesystem (a littlefs image, ``build/<board>/flash.img``), run
``boot.py`` then ``main.py``, then (interactive use) the REPL.  The image's frozen .mpy
modules are served from a cache directory on ``sys.path`` (MicroPython's ``.frozen``
entry); the frozen ``uasyncio`` package is importable as ``asyncio`` and ``uasyncio``.

The VM's files live in a host directory mirroring the flash image while the device runs,
and are written back into the littlefs image when it stops, so the image is what persists
(and what a user could flash to a real board).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from firmware import fs as flashfs
from firmware.image.reader import FirmwareImage, load_image

#: Frozen top-level packages shipped under their MicroPython name.
_RENAMED = {"uasyncio": "asyncio"}


@dataclass
class BootResult:
    """How a boot ended: exit status (0 ok, 1 uncaught exception) and what ran."""

    status: int
    ran: list[str] = field(default_factory=list)


class Device:
    """A booted board: its image, its flash, and a VM."""

    def __init__(self, image_path: Path | str, flash_path: Path | str,
                 work_dir: Path | str) -> None:
        self.image: FirmwareImage = load_image(image_path)
        self.flash_path = Path(flash_path)
        self.work_dir = Path(work_dir)
        fsinfo = self.image.board["filesystem"]
        self.block_size = int(fsinfo["block_size"])
        self.block_count = int(fsinfo["block_count"])
        if not self.flash_path.exists():
            flashfs.create_image(self.flash_path, self.block_size, self.block_count)

    # ## Filesystem

    def put_files(self, files: dict[str, bytes]) -> None:
        """Write files into the flash image (paths relative to the filesystem root)."""
        flashfs.put_files(self.flash_path, self.block_size, files)

    def _extract_flash(self, root: Path) -> None:
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        for name, data in flashfs.read_files(self.flash_path, self.block_size).items():
            target = root / name.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

    def _sync_flash(self, root: Path) -> None:
        files = {}
        for path in root.rglob("*"):
            if path.is_file():
                files[path.relative_to(root).as_posix()] = path.read_bytes()
        flashfs.put_files(self.flash_path, self.block_size, files)

    def _extract_frozen(self, frozen_dir: Path) -> None:
        if frozen_dir.exists():
            shutil.rmtree(frozen_dir)
        for dotted, rel in self.image.frozen_paths.items():
            top, _, rest = rel.partition("/")
            rel = "/".join(filter(None, [_RENAMED.get(top, top), rest])) if rest else rel
            target = frozen_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self.image.frozen[dotted])

    # ## Boot

    def boot(self, stdout=None) -> BootResult:
        """Boot once: run boot.py then main.py from flash (or frozen), return the status."""
        from vm.runtime.vm import VM

        root = self.work_dir / "flash"
        frozen = self.work_dir / "frozen"
        self._extract_flash(root)
        self._extract_frozen(frozen)
        vm = VM(heapsize=self.image.heap_bytes, stdout=stdout,
                path=["", "lib", str(frozen)])
        vm.word_bits = int(self.image.board.get("word_bits", 32))
        vm.fs_root = str(root)
        result = BootResult(0)
        cwd = os.getcwd()
        os.chdir(root)
        try:
            for script in ("boot.py", "main.py"):
                if (root / script).is_file():
                    result.ran.append(script)
                    status = vm.run_main(script)
                else:
                    frozen_script = next((p for p in (frozen / script,
                                                      frozen / script.replace(".py", ".mpy"))
                                          if p.is_file()), None)
                    if frozen_script is None:
                        continue
                    result.ran.append("frozen " + frozen_script.name)
                    status = vm.run_main(str(frozen_script))
                if status:
                    result.status = status
                    break
        finally:
            os.chdir(cwd)
            self._sync_flash(root)
        return result
