"""One emulated device: boot a board's firmware image, run its app, serve its REPL.

Boot follows MicroPython's sequence: load the image (``build/<board>/firmware.elf``),
mount the flash filesystem (a littlefs image, ``build/<board>/flash.img``), run
``boot.py`` then ``main.py`` (a frozen one first, as ``pyexec_file_if_exists`` looks),
then the REPL on the board's console (``serve``).  A soft reset (Ctrl-D at the REPL,
``SystemExit``) prints ``MPY: soft reboot``, drops the VM (fresh heap and modules), keeps
the filesystem, and boots again; the REPL mode (friendly or raw) carries over, and
``main.py`` runs only after a reset from the friendly REPL.

A hard reset (``machine.reset()``, a watchdog running out, waking from deep sleep, the
reset button: `press_reset`) also boots a fresh VM, silently and in the friendly REPL, and
``machine.reset_cause()`` tells the new program why.  Across every reset the device keeps
its world: the flash, the clock, the RTC and its memory, and the parts on its pins and
buses (one `drivers.hardware.Hardware` per device, as a real board keeps its parts).

The flash holds what it holds: ``os.statvfs('/')`` reports its littlefs geometry and a
write past its capacity fails with ``OSError(ENOSPC)`` (firmware/fs/space.py).  The image's frozen .mpy
modules are served from a cache directory on ``sys.path`` (MicroPython's ``.frozen``
entry); the frozen ``uasyncio`` package is importable as ``asyncio`` and ``uasyncio``.

The VM's files live in a host directory mirroring the flash image while the device runs,
and are written back into the littlefs image when it stops, so the image is what persists
(and what a user could flash to a real board).
"""

from __future__ import annotations

import datetime
import os
import shutil
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from firmware import fs as flashfs
from firmware.image.reader import FirmwareImage, load_image

#: Frozen top-level packages shipped under their MicroPython name.
_RENAMED = {"uasyncio": "asyncio"}

#: What the device prints when it soft-resets (MicroPython's ports print the same).
SOFT_REBOOT = b"MPY: soft reboot\r\n"


def realtime_clock():
    """The VM's clock in real-time mode (a pty/TCP/stdio console is served in real time):
    the world's ``RealTimeClock``, whose ``wake`` ends a sleep early (Ctrl-C)."""
    from hal.world.clock import RealTimeClock
    return RealTimeClock()


def _settle(clock) -> None:
    """Forget a wake that came when nothing slept, so it cannot cut the next sleep short."""
    clock.sleep_until(0)


class FlashInUse(Exception):
    """Another device (another process) runs on this flash image: two boards cannot share
    one flash chip."""


class Stop(BaseException):
    """Ends ``Device.serve`` (raised in the main thread by SIGINT/SIGTERM)."""


@dataclass
class BootResult:
    """How a boot ended: exit status (0 ok, 1 uncaught exception) and what ran."""

    status: int
    ran: list[str] = field(default_factory=list)
    #: Reboots (hard and soft) the program asked for before it ended.
    reboots: int = 0


class Device:
    """A booted board: its image, its flash, and a VM."""

    def __init__(self, image_path: Path | str, flash_path: Path | str,
                 work_dir: Path | str, clock=None) -> None:
        self.image_path = Path(image_path)
        self.image: FirmwareImage = load_image(image_path)
        self.flash_path = Path(flash_path)
        self.work_dir = Path(work_dir)
        fsinfo = self.image.board["filesystem"]
        self.block_size = int(fsinfo["block_size"])
        self.block_count = int(fsinfo["block_count"])
        if not self.flash_path.exists():
            flashfs.create_image(self.flash_path, self.block_size, self.block_count)
        #: The world clock the device runs on (``serve`` uses a real-time one by default).
        self.clock = clock
        #: Off-board parts (board-data spelling) wired on at first boot.
        self.parts: list = []
        #: The board's hardware, made at first boot and kept across resets.
        self.hardware = None

    # ## Owning the flash

    def claim(self) -> None:
        """Own the flash image (and the work folder beside it) while this device runs;
        `FlashInUse` when another process does.  The lock is the OS's (``flock`` on
        ``<flash>.lock``), so it goes with the process that holds it, however it ends."""
        import fcntl
        lock_path = self.flash_path.with_name(self.flash_path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise FlashInUse(f"{self.flash_path} is in use by another device (pid {holder});"
                             " give this one its own flash image with --flash") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._lock_fd = fd

    def release(self) -> None:
        """Give the flash image up (see `claim`)."""
        fd = getattr(self, "_lock_fd", None)
        if fd is not None:
            os.close(fd)
            self._lock_fd = None

    # ## Filesystem

    def put_files(self, files: dict[str, bytes]) -> None:
        """Write files into the flash image (paths relative to the filesystem root)."""
        flashfs.put_files(self.flash_path, self.block_size, files)

    def _mounted(self):
        data = self.flash_path.read_bytes()
        device = flashfs.FlashBlockDevice(self.block_size, len(data) // self.block_size, data)
        return device, flashfs.mount(device)

    def _extract_flash(self, root: Path) -> None:
        """Mirror the flash filesystem (files and directories) into host directory root."""
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        _device, fs = self._mounted()
        for top, dirs, names in fs.walk("/"):
            base = root / top.strip("/")
            for d in dirs:
                (base / d).mkdir(parents=True, exist_ok=True)
            for n in names:
                with fs.open(f"{top.rstrip('/')}/{n}", "rb") as f:
                    (base / n).write_bytes(f.read())
        fs.unmount()

    def _sync_flash(self, root: Path) -> None:
        """Make the flash filesystem hold exactly what host directory root holds (files
        written, removed, directories made and removed); unchanged files are not
        rewritten, sparing flash wear as a real filesystem would."""
        if not root.is_dir():
            return
        want_dirs = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}
        want_files = {p.relative_to(root).as_posix(): p for p in root.rglob("*")
                      if p.is_file()}
        device, fs = self._mounted()
        have_dirs, have_files = set(), set()
        for top, dirs, names in fs.walk("/"):
            prefix = top.strip("/")
            have_dirs.update(f"{prefix}/{d}".lstrip("/") for d in dirs)
            have_files.update(f"{prefix}/{n}".lstrip("/") for n in names)
        for name in sorted(have_files - set(want_files)):
            fs.remove(name)
        for name in sorted(have_dirs - want_dirs, key=len, reverse=True):
            fs.remove(name)
        for name in sorted(want_dirs - have_dirs, key=len):
            fs.makedirs(name, exist_ok=True)
        for name, path in sorted(want_files.items()):
            data = path.read_bytes()
            if name in have_files:
                with fs.open(name, "rb") as f:
                    if f.read() == data:
                        continue
            flashfs.write_file(fs, name, data)
        fs.unmount()
        self.flash_path.write_bytes(device.buffer)

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

    def _new_vm(self, frozen: Path, stdout=None, stdin=None):
        """A fresh VM (heap, modules) on this device's hardware, filesystem and clock."""
        from firmware.fs.space import FlashSpace
        from vm.runtime.vm import VM
        vm = VM(heapsize=self.image.heap_bytes, stdout=stdout, stdin=stdin,
                path=["", "lib", str(frozen)])
        vm.word_bits = int(self.image.board.get("word_bits", 32))
        vm.fs_root = str(self.work_dir / "flash")
        vm.fs_cwd = "/"
        vm.filesystem = FlashSpace(vm.fs_root, self.block_size, self.block_count)
        if self.clock is not None:
            vm.clock = self.clock
        self._attach_hardware(vm)
        from firmware.repl.help import board_help_text, install_help
        install_help(vm, board_help_text(self.image.board, self.hardware.family))
        return vm

    # ## Resets

    def press_reset(self) -> None:
        """The board's reset button: the running program stops, the board boots again
        (reset_cause HARD_RESET).  Safe to call from any thread."""
        if self.hardware is not None:
            self.hardware.press_reset()

    def _reboot_kind(self, status_forced: bool) -> str | None:
        """After a program ended: "hard", "soft" or None (no reboot asked for)."""
        hw = self.hardware
        if hw is not None and hw.reset_request is not None:
            return "hard"
        if status_forced or (hw is not None and hw.soft_reset_request):
            return "soft"
        return None

    def _prepare_reboot(self, kind: str) -> None:
        """Tell the hardware a reboot of `kind` happens (reset cause, handlers released)."""
        hw = self.hardware
        if hw is None:
            return
        if kind == "hard":
            hw.complete_reset()
        else:
            hw.soft_reboot()

    def _script(self, name: str) -> Path | None:
        """``boot.py``/``main.py`` to run: frozen first (as MicroPython), then on flash."""
        frozen = self.work_dir / "frozen"
        for path in (frozen / name, frozen / name.replace(".py", ".mpy"),
                     self.work_dir / "flash" / name):
            if path.is_file():
                return path
        return None

    def banner(self):
        """The friendly REPL's banner for this board and image."""
        from firmware.repl.session import Banner
        from vm.modules.sys import VERSION
        board = self.image.board
        name = str(board.get("description", board.get("name", "board"))).split(":")[0]
        chip = self.image.chips.get(board.get("chip"), {}) if isinstance(
            self.image.chips, dict) else {}
        part = chip.get("part") or str(board.get("chip", "")).upper()
        built = datetime.date.fromtimestamp(self._image_mtime()).isoformat()
        return Banner("v" + ".".join(str(v) for v in VERSION[:3]), built, name, part)

    def _image_mtime(self) -> float:
        try:
            return os.stat(self.image_path).st_mtime
        except (OSError, AttributeError):
            return time.time()

    def serve(self, console, stop_signals: bool = False) -> None:
        """Boot and serve the REPL on ``console`` until stopped (``Stop``, or the console's
        input ends); soft resets keep the filesystem.  The flash image is written back at
        each soft reset and at the end."""
        from firmware.console.base import ConsoleClosed
        from firmware.repl.completion import Completer
        from firmware.repl.execute import FORCED_EXIT, ConsoleStream, Executor
        from firmware.repl.session import FRIENDLY, ReplSession

        root = self.work_dir / "flash"
        frozen = self.work_dir / "frozen"
        self._extract_flash(root)
        self._extract_frozen(frozen)
        if stop_signals:
            _install_stop_signals()
        session = ReplSession(console, self.banner())
        stream = ConsoleStream(console)
        cwd = os.getcwd()
        os.chdir(root)
        console.start()
        try:
            if self.clock is None:
                self.clock = realtime_clock()  # time runs on across resets, as on a board
            clock = self.clock
            while True:
                vm = self._new_vm(frozen, stdout=stream, stdin=stream)
                executor = Executor(vm, console, wake=getattr(clock, "wake", None),
                                    settle=lambda: _settle(clock))
                status = self._run_boot_scripts(executor, session.mode == FRIENDLY)
                if not status & FORCED_EXIT:
                    session.attach(executor, Completer(vm))
                    session.run()
                self._sync_flash(root)
                kind = self._reboot_kind(True)
                self._prepare_reboot(kind or "soft")
                if kind == "hard":
                    session.mode = FRIENDLY  # a reset chip starts in the friendly REPL
                else:
                    console.write(SOFT_REBOOT)
        except (Stop, ConsoleClosed):
            pass
        finally:
            os.chdir(cwd)
            self._sync_flash(root)
            console.close()

    def _attach_hardware(self, vm) -> None:
        """Give the VM the board's hardware (pins, buses, parts: drivers/hardware.py),
        made at first boot and the same after every reset."""
        from drivers.hardware import attach_device
        attach_device(self, vm)

    def reset_requested(self) -> bool:
        """Whether the program asked for a board reset (machine.reset, WDT, deepsleep)."""
        hw = getattr(self, "hardware", None)
        return hw is not None and hw.reset_request is not None

    def _run_boot_scripts(self, executor, friendly: bool) -> int:
        from firmware.repl.execute import FORCED_EXIT
        for name in ("boot.py", "main.py") if friendly else ("boot.py",):
            path = self._script(name)
            if path is not None:
                status = executor.run_file(path, name)
                if status & FORCED_EXIT:
                    return status
        return 0

    def boot(self, stdout=None, max_boots: int | None = None) -> BootResult:
        """Boot and run boot.py then main.py (from flash, or frozen); return when main.py
        ends without asking for a reset.  A hard reset (machine.reset, the watchdog, deep
        sleep) or a soft one (machine.soft_reset) boots the board again, as many times as
        the program asks (at most `max_boots` boots when given); the status is that of
        the last boot (1 after an uncaught exception)."""
        root = self.work_dir / "flash"
        frozen = self.work_dir / "frozen"
        self._extract_flash(root)
        self._extract_frozen(frozen)
        result = BootResult(0)
        out = stdout if stdout is not None else sys.stdout
        cwd = os.getcwd()
        os.chdir(root)
        try:
            while True:
                vm = self._new_vm(frozen, stdout=stdout)
                result.status = self._run_scripts(vm, result.ran)
                kind = self._reboot_kind(False)
                if kind is None:
                    break
                result.reboots += 1
                if max_boots is not None and result.reboots >= max_boots:
                    break
                self._prepare_reboot(kind)
                if kind == "soft":
                    out.write(SOFT_REBOOT.decode().replace("\r\n", "\n"))
        finally:
            os.chdir(cwd)
            self._sync_flash(root)
        return result

    def _run_scripts(self, vm, ran: list[str]) -> int:
        """Run boot.py then main.py on `vm`; the status of the last one run.  A reset
        asked for (hard, or machine.soft_reset's SystemExit) ends the sequence."""
        root = self.work_dir / "flash"
        frozen = self.work_dir / "frozen"
        for script in ("boot.py", "main.py"):
            if (root / script).is_file():
                ran.append(script)
                path = script
            else:
                frozen_script = next((p for p in (frozen / script,
                                                  frozen / script.replace(".py", ".mpy"))
                                      if p.is_file()), None)
                if frozen_script is None:
                    continue
                ran.append("frozen " + frozen_script.name)
                path = str(frozen_script)
            status = vm.run_main(path)
            if self._reboot_kind(False) is not None:
                return 0
            if status:
                return status
        return 0


def _install_stop_signals() -> None:
    """SIGINT/SIGTERM end ``serve`` (only the main thread can install handlers)."""
    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum, frame):
        raise Stop()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
