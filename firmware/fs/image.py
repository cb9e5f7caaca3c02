"""Create littlefs images and move files in and out of them (what ``mote run`` uses).

The image file is exactly ``block_size * block_count`` bytes, the same bytes a real
board's filesystem region would hold.
"""

from __future__ import annotations

from pathlib import Path

from littlefs import LittleFS

from firmware.fs.blockdev import FlashBlockDevice

__all__ = ["create_image", "mount", "write_file", "remove_partials", "put_files", "read_file",
           "read_files", "list_files"]


def mount(device: FlashBlockDevice) -> LittleFS:
    """Mount the littlefs on ``device`` (never formats: a broken fs raises)."""
    return LittleFS(context=device, block_size=device.block_size,
                    block_count=device.block_count, mount=True)


def _format(device: FlashBlockDevice) -> LittleFS:
    fs = LittleFS(context=device, block_size=device.block_size,
                  block_count=device.block_count, mount=False)
    fs.format()
    fs.mount()
    return fs


def create_image(path: Path | str, block_size: int, block_count: int,
                 files: dict[str, bytes] | None = None) -> None:
    """Write a freshly formatted littlefs image (optionally holding ``files``)."""
    device = FlashBlockDevice(block_size, block_count)
    fs = _format(device)
    _write(fs, files or {})
    fs.unmount()
    Path(path).write_bytes(device.buffer)


def _open(path: Path | str, block_size: int) -> FlashBlockDevice:
    data = Path(path).read_bytes()
    if len(data) % block_size:
        raise ValueError(f"{path}: size {len(data)} is not a multiple of {block_size}")
    return FlashBlockDevice(block_size, len(data) // block_size, data)


PARTIAL_SUFFIX = ".~new"


def write_file(fs: LittleFS, name: str, *chunks: bytes) -> None:
    """Write (replace) one file from ``chunks`` so that a power cut leaves it either as it
    was or complete: the data goes to ``<name>.~new`` and is renamed over ``name``.

    (littlefs commits an existing file's new contents atomically on close, but creates a
    new file, empty, when it is opened; the rename covers both.)  A failed close is not
    retried: littlefs has already dropped the file, and littlefs-python's handle would
    otherwise close it again when collected, tripping a littlefs assertion that aborts.
    """
    partial = name + PARTIAL_SUFFIX
    f = fs.open(partial, "wb")
    try:
        for chunk in chunks:
            f.write(chunk)
    finally:
        try:
            f.close()
        except Exception:
            setattr(getattr(f, "raw", f), "__IOBase_closed", True)
            raise
    fs.rename(partial, name)


def remove_partials(fs: LittleFS) -> list[str]:
    """Delete the leftovers of writes a power cut interrupted; returns their names."""
    gone = []
    for root, _dirs, names in fs.walk("/"):
        for n in names:
            if n.endswith(PARTIAL_SUFFIX):
                path = f"{root.rstrip('/')}/{n}"
                fs.remove(path)
                gone.append(path.lstrip("/"))
    return gone


def _write(fs: LittleFS, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        name = name.lstrip("/")
        parent = name.rpartition("/")[0]
        if parent:
            fs.makedirs(parent, exist_ok=True)
        write_file(fs, name, data)


def put_files(path: Path | str, block_size: int, files: dict[str, bytes]) -> None:
    """Write ``files`` ({"lib/x.py": bytes}) into the image at ``path``, in place."""
    device = _open(path, block_size)
    fs = mount(device)
    _write(fs, files)
    fs.unmount()
    Path(path).write_bytes(device.buffer)


def read_file(path: Path | str, block_size: int, name: str) -> bytes:
    """One file's contents from the image."""
    fs = mount(_open(path, block_size))
    with fs.open(name.lstrip("/"), "rb") as f:
        return f.read()


def list_files(path: Path | str, block_size: int) -> list[str]:
    """Every regular file in the image, as slash-separated paths, sorted."""
    fs = mount(_open(path, block_size))
    out = []
    for root, _dirs, names in fs.walk("/"):
        for n in names:
            out.append(f"{root.rstrip('/')}/{n}".lstrip("/"))
    return sorted(out)


def read_files(path: Path | str, block_size: int) -> dict[str, bytes]:
    """Every file in the image with its contents."""
    fs = mount(_open(path, block_size))
    out = {}
    for name in list_files(path, block_size):
        with fs.open(name, "rb") as f:
            out[name] = f.read()
    return out
